package org.baogao.analysis.keywords;

import com.hankcs.hanlp.seg.common.Term;

import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Domain phrases of a segmented text: nouns (n, nz, vn, nt…) of two or more characters and
 * compounds of two or three adjacent ones (新能源 + 汽车, 营商 + 环境), without places, people and posts
 * (they are entities, not key phrases), one-character fragments, and the words every report is made of
 * (工作, 发展).
 * The national document frequencies are built from the same candidates, so both sides agree.
 */
public final class KeywordCandidates {
    private static final int MAX_PHRASE = 8;
    private static final Set<String> NOUNISH = Set.of("n", "nz", "vn", "nt", "ntc", "nto", "ntu", "nts", "nth", "nf", "ng",
            "nl", "nnd", "gi", "gm", "gp", "gc", "gg", "j", "nhd", "nhm", "nmc", "nba", "nbc", "nbp", "nit");
    private static final Set<String> STOP = Set.of("工作", "发展", "建设", "推进", "加强", "加快", "提升", "推动", "实施",
            "全面", "我们", "企业", "水平", "能力", "体系", "机制", "工程", "问题", "方面", "领域", "重点", "目标", "任务",
            "项目", "全市", "全区", "全县", "全省", "全国", "地区", "国家", "社会", "经济", "政府", "部门", "单位", "群众",
            "人民", "服务", "管理", "质量", "高质量", "成效", "作用", "格局", "力度", "进程", "基础", "优势", "活力",
            "同志", "代表", "精神", "思想", "要求", "工作会议", "规划", "政策", "制度", "措施", "行动", "计划", "年度",
            "时期", "阶段", "方式", "一批", "规模", "结构", "功能", "品质", "效益", "环境", "资源", "主体", "平台",
            "产业", "市场", "创新", "改革", "开放", "安全", "生活", "人才", "文化", "城市", "农村", "乡村", "生态",
            "全会", "两会", "记者", "报告", "会议", "关键", "核心", "特色", "高水平", "新时代", "全会精神", "现代化",
            "我区", "我市", "我县", "我省", "我国", "书记", "党委书记", "局长", "主任", "区长", "市长", "县长", "省长",
            // the boilerplate of reports and notices
            "报告工作", "大会报告工作", "大会", "请予", "审议", "通知", "意见", "领导", "形势", "奋斗", "府发", "政办发",
            "责任单位", "牵头单位", "配合单位", "省政府", "市政府", "区政府", "县政府", "市政协", "省政协", "区政协", "县政协");

    /** Calls {@code sink} with each candidate phrase and the offset it starts at. */
    public static void forEach(List<Term> terms, BiConsumer<String, Integer> sink) {
        Term[] run = new Term[3];
        int size = 0;
        for (Term t : terms) {
            // One-character words are fragments of a wrong split (市工信局 → 市/工/信局) more often than words;
            // words with digits or symbols (5G, 1+8) are not phrases either and end a run.
            if (t.word.length() >= 2 && NOUNISH.contains(t.nature.toString()) && isLetters(t.word)) {
                if (size == run.length) {
                    run[0] = run[1];
                    run[1] = run[2];
                    size--;
                }
                run[size++] = t;
                emit(run, size, sink);
            } else {
                size = 0;
            }
        }
    }

    /** The phrases ending at the run's last term: the term itself and the two- and three-term compounds. */
    private static void emit(Term[] run, int size, BiConsumer<String, Integer> sink) {
        String phrase = "";
        for (int first = size - 1; first >= 0; first--) {
            phrase = run[first].word + phrase;
            if (phrase.length() > MAX_PHRASE) {
                return;
            }
            // A compound may not start with a filler word either (建设 + 长三角 is not a phrase).
            if (!STOP.contains(run[first].word) && !STOP.contains(phrase)) {
                sink.accept(phrase, run[first].offset);
            }
        }
    }

    private static boolean isLetters(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isLetter(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private KeywordCandidates() {
    }
}
