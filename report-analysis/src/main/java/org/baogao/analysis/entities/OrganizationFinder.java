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
 * Organizations (companies and institutions) by three kinds of evidence, none of them a list of the
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
    private static final char[] DEPARTMENT_SUFFIXES = {'局', '厅', '委'};
    private static final String DEPARTMENT_BOUNDARY = "的由和与及同、";
    private static final int MAX_DEPARTMENT = 10;
    /** Words that start with a level character but name no level: 区域经济格局, 市场监管. */
    private static final Set<String> COMMON_WORDS_AT_PREFIX = Set.of("区域", "市场", "市民", "县域", "省份", "市县", "市州",
            "区县", "市区", "州市", "省市", "市域", "省域", "区间");

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
        departments(text, organizations);
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

    /**
     * Government departments: 市工信局, 省交通运输厅, 市发展改革委, 国家统计局. The name starts at 省/市/区/县/州
     * or 国家 right after punctuation or a function word, and ends at 局/厅/委/委员会/办公室; 全市新格局 and
     * 市委 (nothing between) are not departments.
     */
    private static void departments(String text, Mentions organizations) {
        for (int at = nextDepartmentEnd(text, 0); at >= 0; at = nextDepartmentEnd(text, at + 1)) {
            char suffix = text.charAt(at);
            char next = at + 1 < text.length() ? text.charAt(at + 1) : ' ';
            char before = at > 0 ? text.charAt(at - 1) : ' ';
            // 委员, 委托, 党委 (a department's party committee), 局面, 局部: not department names.
            if (suffix == '委' && (next == '员' || next == '托' || before == '党') || suffix == '局' && "面部势限".indexOf(next) >= 0) {
                continue;
            }
            int end = suffix == '委' && text.startsWith("委员会", at) ? at + 3 : at + 1;
            int start = -1;
            for (int i = at - 1; i >= Math.max(0, at - MAX_DEPARTMENT); i--) {
                char c = text.charAt(i);
                if (!isHan(c)) {
                    break;
                }
                boolean prefix = "省市区县州".indexOf(c) >= 0 || c == '家' && i > 0 && text.charAt(i - 1) == '国';
                int from = c == '家' ? i - 1 : i;
                if (prefix && at - i >= 2 && !COMMON_WORDS_AT_PREFIX.contains(text.substring(from, Math.min(at, from + 2)))
                        && (from == 0 || DEPARTMENT_BOUNDARY.indexOf(text.charAt(from - 1)) >= 0
                        || !isHan(text.charAt(from - 1)))) {
                    start = from;
                }
            }
            if (start >= 0) {
                organizations.add(text.substring(start, end), start);
            }
        }
    }

    private static int nextDepartmentEnd(String text, int from) {
        int best = -1;
        for (char c : DEPARTMENT_SUFFIXES) {
            int i = text.indexOf(c, from);
            if (i >= 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
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
