package org.baogao.analysis.entities;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.common.Term;
import org.baogao.analysis.terms.ReportTerms;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Organizations (companies and institutions) by three kinds of evidence (government departments have
 * their own finder, {@link DepartmentFinder}), none of them a list of the
 * names themselves:
 * <ol>
 *   <li>a legal-form or institution suffix (有限公司, 集团, 银行, 大学, 研究院, 医院, 实验室) closing a run of
 *       nouns that holds at least one proper name (常州大学, 江苏银行, 中国科学院大学);</li>
 *   <li>the company lists policy prose is full of: names joined by 、 before 等企业, N家…企业, 等项目, 上市,
 *       签约 or 落户 (全力服务中英科技、盛德鑫泰、港龙置业3家IPO在审企业; 加快理想、比亚迪等接续项目建设);</li>
 *   <li>words HanLP's dictionary knows as organization names (nt*).</li>
 * </ol>
 * List items that look like projects or parks (…项目, …产业园, …二期) go to projects instead.
 */
final class OrganizationFinder {
    private static final List<String> SUFFIXES = List.of("有限责任公司", "股份有限公司", "有限公司", "公司", "集团", "银行",
            "大学", "学院", "研究院", "研究所", "科学院", "医院", "实验室", "交易所", "证券", "保险", "商会", "协会");
    private static final String SUFFIX_ENDINGS = endings();

    private static String endings() {
        StringBuilder b = new StringBuilder();
        SUFFIXES.forEach(s -> b.append(s.charAt(s.length() - 1)));
        return b.toString();
    }

    /** What closes a list of names and says what they are: 等企业, 3家IPO在审企业, 等接续项目 (from 等 or 家 on). */
    private static final Pattern LIST_END = Pattern.compile(
            "(?:等(?![地国])|家)[^。；;，,、]{0,10}?(企业|公司|集团|IPO|上市|签约|落户|项目)");
    private static final String COUNT_CHARS = "0123456789一二三四五六七八九十两 ";
    /** Where the clause holding a list starts. */
    private static final String CLAUSE_BREAKS = "，,。；;：:！!？?（(）)“”《》\n";
    private static final int MAX_LIST = 120;
    private static final Pattern PROJECT_SHAPED = Pattern.compile(
            ".*(?:项目|工程|[一二三四五六七八九十\\d]期|园|基地|中心|区|城|谷|港|站|路|桥|馆|厂|线|带|街|高速|铁路|公路|大道|隧道|机场|码头)$");
    /** Industries, not companies: 新型照明, 智能装备制造, 新能源汽车. */
    private static final Pattern INDUSTRY_SHAPED = Pattern.compile(
            ".*(?:制造|装备|材料|照明|光源|能源|医药|产业|经济|服务|农业|设备|器械|健康|汽车|电池|芯片|技术|行业|领域)$");
    private static final Set<String> GENERIC = Set.of("企业", "公司", "集团", "项目", "龙头", "重点", "骨干", "国有", "民营",
            "外资", "中小", "大中小", "上下游", "产业", "行业", "领域", "平台", "机构", "高校", "院所", "科研院所", "银行",
            "医院", "学校", "市场", "主体", "单位", "部门", "政府", "社会", "人才", "资本", "资金", "技术", "产品", "服务");
    private static final Set<String> PROPER = Set.of("ns", "nz", "nr", "nrf", "nx", "nt", "ntc", "ntcb", "ntcf", "ntch",
            "nth", "nto", "nts", "ntu", "j");

    private final java.util.function.Predicate<String> isPlace;

    OrganizationFinder(java.util.function.Predicate<String> isPlace) {
        this.isPlace = isPlace;
    }

    void find(String text, ReportTerms terms, Mentions organizations, Mentions projects) {
        bySuffix(terms, organizations);
        byList(text, terms, organizations, projects);
        byDictionary(terms, organizations);
    }

    private static void bySuffix(ReportTerms terms, Mentions organizations) {
        List<Term> ts = terms.terms();
        for (int i = 0; i < ts.size(); i++) {
            Term t = ts.get(i);
            if (SUFFIX_ENDINGS.indexOf(t.word.charAt(t.word.length() - 1)) < 0) {
                continue;
            }
            String suffix = suffixOf(t.word);
            if (suffix == null) {
                continue;
            }
            int first = i;
            boolean proper = t.word.length() > suffix.length()
                    && isProperWord(t.word.substring(0, t.word.length() - suffix.length()));
            int length = t.word.length();
            while (first > 0) {
                Term prev = ts.get(first - 1);
                boolean nounish = ReportTerms.isNoun(prev) && !prev.nature.toString().equals("vn")
                        || prev.nature.toString().equals("b");
                if (!nounish || prev.word.length() + length > 16
                        || GENERIC.contains(prev.word)) {
                    break;
                }
                proper |= isProper(prev);
                length += prev.word.length();
                first--;
            }
            if (proper && length - suffix.length() >= 2) {
                Term start = ts.get(first);
                organizations.add(terms.text().substring(start.offset, t.offset + t.word.length()), start.offset);
            }
        }
    }

    private static String suffixOf(String word) {
        for (String s : SUFFIXES) {
            if (word.endsWith(s)) {
                return s;
            }
        }
        return null;
    }

    private void byList(String text, ReportTerms terms, Mentions organizations, Mentions projects) {
        Matcher m = LIST_END.matcher(text);
        for (int at = nextListEnd(text, 0); at >= 0; at = nextListEnd(text, at + 1)) {
            int listEnd = at;
            if (text.charAt(at) == '家') {
                // 3家, 三家: the count belongs to the list's end, and without one 家 is just a word (国家).
                while (listEnd > 0 && COUNT_CHARS.indexOf(text.charAt(listEnd - 1)) >= 0) {
                    listEnd--;
                }
                if (listEnd == at) {
                    continue;
                }
            }
            m.region(at, Math.min(text.length(), at + 16));
            if (!m.lookingAt()) {
                continue;
            }
            boolean projectList = m.group(1).equals("项目");
            int listStart = listEnd;
            while (listStart > 0 && listEnd - listStart < MAX_LIST && CLAUSE_BREAKS.indexOf(text.charAt(listStart - 1)) < 0) {
                listStart--;
            }
            String list = text.substring(listStart, listEnd);
            if (list.indexOf('、') < 0 && text.charAt(at) != '家') {
                continue; // a single name needs a count (3家) to be read as a list of companies
            }
            int pos = listStart;
            String[] items = list.split("[、和及与]", -1);
            for (int k = 0; k < items.length; k++) {
                String item = items[k];
                int itemStart = pos;
                pos += item.length() + 1;
                if (k == 0) {
                    int cut = afterLastVerb(terms, itemStart, itemStart + item.length());
                    item = item.substring(cut - itemStart);
                    itemStart = cut;
                }
                if (item.length() < 2 || item.length() > 12 || GENERIC.contains(item) || isEverydayWord(item)
                        || item.chars().allMatch(Character::isDigit) || isPlace.test(item)) {
                    continue;
                }
                if (INDUSTRY_SHAPED.matcher(item).matches() && madeOfEverydayWords(terms, itemStart, itemStart + item.length())) {
                    continue;
                }
                if (PROJECT_SHAPED.matcher(item).matches()) {
                    if (projectList && item.length() >= 4) {
                        projects.add(item, itemStart);
                    }
                } else if (!projectList || item.length() <= 6) {
                    organizations.add(item, itemStart);
                }
            }
        }
    }

    private static int nextListEnd(String text, int from) {
        int deng = text.indexOf('等', from);
        int jia = text.indexOf('家', from);
        return deng < 0 ? jia : jia < 0 ? deng : Math.min(deng, jia);
    }

    /** Where a list's first item starts once the verbs before it are cut off (服务中英科技 → 中英科技). */
    private static int afterLastVerb(ReportTerms terms, int start, int end) {
        int cut = start;
        for (int i = terms.indexAt(start); i < terms.terms().size(); i++) {
            Term t = terms.terms().get(i);
            if (t.offset >= end) {
                break;
            }
            String n = t.nature.toString();
            if (ReportTerms.isVerb(t) || n.startsWith("d") || n.startsWith("p") || n.startsWith("c")
                    || n.equals("vn") || n.startsWith("m") || n.startsWith("q") || n.startsWith("u")
                    || n.startsWith("r")) {
                cut = t.offset + t.word.length();
            }
        }
        return Math.min(cut, end);
    }

    private static void byDictionary(ReportTerms terms, Mentions organizations) {
        for (Term t : terms.terms()) {
            String n = t.nature.toString();
            if (n.startsWith("nt") && t.word.length() >= 3) {
                organizations.add(t.word, t.offset);
            }
        }
    }

    /**
     * 智能装备制造 is words anyone uses; 汇川技术 and 恒瑞医药 start with a name, which the segmenter either
     * does not know or breaks into single characters (恒/瑞, 汇/川).
     */
    private static boolean madeOfEverydayWords(ReportTerms terms, int start, int end) {
        int singles = 0;
        for (int i = terms.indexAt(start); i < terms.terms().size(); i++) {
            Term t = terms.terms().get(i);
            if (t.offset >= end) {
                break;
            }
            singles = t.word.length() == 1 ? singles + 1 : 0;
            if (singles >= 2 || !isEverydayWord(t.word)) {
                return false;
            }
        }
        return true;
    }

    /** A word the dictionary knows only as an ordinary word (理想, 发展), not as a name. */
    private static boolean isEverydayWord(String item) {
        CoreDictionary.Attribute a = CoreDictionary.get(item);
        if (a == null) {
            return false;
        }
        for (Nature n : a.nature) {
            if (PROPER.contains(n.toString())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isProper(Term t) {
        return PROPER.contains(t.nature.toString()) || CoreDictionary.get(t.word) == null && t.word.length() >= 2;
    }

    /** A name part the dictionary does not know as an everyday word. */
    private static boolean isProperWord(String word) {
        return word.length() >= 2 && !isEverydayWord(word);
    }
}
