package org.baogao.targets.statement;

import org.baogao.contracts.Target;
import org.baogao.targets.clause.Clause;
import org.baogao.targets.indicator.IndicatorPhrase;
import org.baogao.targets.number.ChineseNumeral;
import org.baogao.targets.number.Quantity;
import org.baogao.targets.unit.UnitLexicon;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.baogao.targets.statement.TextChars.gap;
import static org.baogao.targets.statement.TextChars.isWordChar;
import static org.baogao.targets.statement.TextChars.skipSpaces;
import static org.baogao.targets.statement.TextChars.startsWithAny;

/**
 * What a quantity is in its clause, decided from the words right after it: a value of the subject
 * before it, a threshold qualifying the noun after it (3亿元以上项目, 14亿人的粮食安全), a count whose
 * noun follows the classifier (新增5家上市公司), or something to drop (a number inside a quoted name,
 * a list the classifier's noun cannot be paired with).
 */
final class QuantityRoles {

    enum Role { VALUE, MODIFIER, FORM_C, DROP }

    /**
     * @param role the role
     * @param noun for FORM_C the indicator after the classifier; for a VALUE the noun after it to fall back on
     *             when the words before name nothing (守住18亿亩耕地红线); else null
     */
    record Assigned(Role role, String noun) {
    }

    private static final String FOLLOWERS_OK = "的和与及、等比较同增左为或";
    private static final String[] FORM_C_CUTS = {"投入", "建成", "开工", "完成", "落地", "实现", "达到", "通过", "获得", "等",
            "改造", "提升", "成功", "上线", "全部", "均", "已", "要", "将", "改善", "提供", "参加", "参与", "享受", "纳入", "接受",
            "入选", "到基层", "开展", "提高", "配置", "配备", "安装"};
    /** The longest 、-item that still reads as a modifier of a shared head noun. */
    private static final int MODIFIER_ITEM = 4;

    private static boolean isAsciiAlnum(char c) {
        return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    /** A join word closing a noun right before the next count (…服务中心和300个…). */
    private static final Pattern JOIN_BEFORE_NUMBER = Pattern.compile("(?:和|及|与|以及|、)$");

    /** Verbs that may directly follow an amount that is itself the value (安排5000亿元用于…). */
    private static final String[] VERBS_AFTER_VALUE = {"安排", "用于", "提高", "支持", "撬动", "形成", "投入", "实施", "保障",
            "扶持", "补助", "奖励", "增长", "下降", "减少", "增加", "带动", "拉动", "惠及", "完成", "实现", "达到", "左右",
            "上下", "以内", "以下", "发放", "兑现", "新增", "建设", "并", "纳入", "重点用于", "主要用于", "全部用于", "专项用于"};

    /** Words right before an amount that make it a threshold (总投资10亿元项目, 超亿元企业). */
    private static final Pattern THRESHOLD_LEAD = Pattern.compile("投资|超$|过$|额$|规模$|营收$|产值$");

    /** 迈上1.2万亿元新台阶, 突破万亿大关: the amount is the value, the noun only dresses it. */
    private static final String[] MILESTONES = {"新台阶", "台阶", "大关", "关口", "新高"};

    /** Nouns after 的 that make a percentage a value of the subject before it (增长6%的目标). */
    private static final Pattern GOAL_NOUNS = Pattern.compile("增长|增速|增幅|目标|水平|速度|幅度");

    /** Roles of all quantities of a clause, in order. */
    static Assigned[] assign(String text, Clause clause, List<Quantity> quantities) {
        int n = quantities.size();
        Assigned[] out = new Assigned[n];
        for (int i = 0; i < n; i++) {
            String[] noun = new String[1];
            Role role = roleOf(text, clause, quantities, i, noun);
            out[i] = new Assigned(role, noun[0]);
        }
        // 30亿元或3亿美元以上重大项目: an alternative joined by 或 shares the role of the one after it
        for (int i = n - 2; i >= 0; i--) {
            if (out[i].role() == Role.VALUE && out[i + 1].role() == Role.MODIFIER
                    && gap(text, quantities.get(i).end(), quantities.get(i + 1).start()).equals("或")) {
                out[i] = new Assigned(Role.MODIFIER, null);
            }
        }
        return out;
    }

    private static Role roleOf(String text, Clause clause, List<Quantity> quantities, int i, String[] formC) {
        Quantity q = quantities.get(i);
        int p = skipAside(text, skipSpaces(text, q.end(), clause.end()), clause.end());
        if (p >= clause.end()) {
            return Role.VALUE;
        }
        char c = text.charAt(p);
        if (isQuoted(text, clause, q)) {
            return Role.DROP; // “三个1亿人”, “1+3+N”: a number inside a name
        }
        if (c == '级' || c == '型') {
            return Role.MODIFIER; // 30万吨级航道, 500千伏级: a grade of the noun after it
        }
        if (UnitLexicon.isCounter(q.writtenUnit()) && IndicatorPhrase.isDocumentCount(wordsAfter(text, p, clause.end()))) {
            return Role.DROP; // 十件为民办实事, 八个方面重点工作: the document's own tasks
        }
        if (NAMED_BY_NUMBER.matcher(text).region(p, Math.min(clause.end(), p + 3)).lookingAt()) {
            return Role.DROP; // 创新创业青年50人论坛: the number is part of a name
        }
        if (!UnitLexicon.isCounter(q.writtenUnit()) && !UnitLexicon.isMeasure(q.unit())
                && FACILITY.matcher(wordsAfter(text, p, clause.end())).find()) {
            return Role.MODIFIER; // 千万吨炼化基地, 7万吨锌基合金项目: the capacity of a facility
        }
        if (c == '的' && p + 1 < clause.end() && (isWordChar(text.charAt(p + 1)) || text.charAt(p + 1) == '“')
                && !(UnitLexicon.isPercentLike(q.unit()) && GOAL_NOUNS.matcher(wordsAfter(text, p + 1, clause.end())).find())) {
            return Role.MODIFIER; // 14亿人的粮食安全, 5000万元的项目, 现行10%的税率 (but: 6%的增长目标)
        }
        // 20个以上“好房子”示范项目, 20个500千伏输变电工程, 50万名3岁以下婴幼儿: the counted noun starts with a quote or a digit
        boolean quotedNoun = (c == '“' || isAsciiAlnum(c)) && UnitLexicon.isCounter(q.writtenUnit());
        if (!quotedNoun && (!isWordChar(c) || FOLLOWERS_OK.indexOf(c) >= 0 || startsWithComparatorWord(text, p))) {
            return Role.VALUE;
        }
        if (q.unit().equals("岁")) {
            return Role.MODIFIER; // 3岁以下婴幼儿, 60岁以上老人: an age qualifies the people after it
        }
        if (UnitLexicon.isMeasure(q.unit())) {
            // 3亿元以上重大项目 qualifies a noun; 4%左右安排 and 5000万元用于… are values followed by a verb
            boolean bounded = Target.APPROX.equals(q.suffix()) || Target.LTE.equals(q.suffix());
            if (bounded || startsWithAny(text, p, VERBS_AFTER_VALUE) || startsWithAny(text, p, MILESTONES)) {
                return Role.VALUE;
            }
            // 3亿元以上项目, 总投资10亿元项目4个: a threshold of a class of things; 拟发行1500亿元长期建设国债: the amount itself
            boolean threshold = Target.GTE.equals(q.suffix()) || q.moreThan()
                    || THRESHOLD_LEAD.matcher(text.substring(Math.max(clause.start(), q.start() - 4), q.start())).find()
                    || laterCount(quantities, i)
                    || gap(text, q.end(), i + 1 < quantities.size() ? quantities.get(i + 1).start() : q.end()).equals("或");
            if (threshold || !UnitLexicon.isMoney(q.unit())) {
                return Role.MODIFIER;
            }
            int limit = i + 1 < quantities.size() ? Math.min(clause.end(), quantities.get(i + 1).start()) : clause.end();
            String noun = nounAfter(text, p, limit);
            if (noun != null && !noun.isEmpty() && noun.indexOf('的') < 0) {
                formC[0] = noun;
                return Role.VALUE;
            }
            return Role.MODIFIER;
        }
        if (UnitLexicon.isCounter(q.writtenUnit())) {
            int limit = clause.end();
            int next = i + 1;
            if (next < quantities.size() && quantities.get(next).start() == p && quantities.get(next).unit().equals("岁")) {
                next++; // 50万名3岁以下婴幼儿: an age inside the noun
            }
            if (next < quantities.size()) {
                limit = Math.min(limit, quantities.get(next).start());
            }
            String noun = nounAfter(text, p, limit);
            if (noun == null) {
                return Role.DROP;
            }
            if (!noun.isEmpty()) {
                formC[0] = noun;
                return Role.FORM_C;
            }
        } else {
            // 守住18亿亩耕地红线: the noun after the amount names it only if the words before name nothing
            int limit = i + 1 < quantities.size() ? Math.min(clause.end(), quantities.get(i + 1).start()) : clause.end();
            String noun = nounAfter(text, p, limit);
            if (noun != null && !noun.isEmpty() && noun.indexOf('的') < 0) {
                formC[0] = noun;
            }
        }
        return Role.VALUE;
    }

    /** The noun phrase after a classifier, up to a pause or an action verb; null for a list we cannot pair. */
    private static String nounAfter(String text, int p, int limit) {
        int e = p;
        int depth = 0;
        int item = p; // where the current 、-item of the noun began
        while (e < limit) {
            char c = text.charAt(e);
            if (c == '(' || c == '（') {
                depth++;
            } else if ((c == ')' || c == '）') && depth > 0) {
                depth--;
            } else if (c == '、' && depth == 0 && e - item <= MODIFIER_ITEM && e + 1 < limit && isWordChar(text.charAt(e + 1))
                    && !(e - item >= 2 && nextItemCounts(text, e, limit))) {
                item = e + 1; // 困境、留守儿童, 视力、听力等残疾儿童, 省、市、区重点项目: short modifiers of one head
            } else if (!isWordChar(c) && !isAsciiAlnum(c) && depth == 0 && "“”‘’\"".indexOf(c) < 0) {
                break; // (500千伏输变电工程, 5G基站: digits and letters inside a name stay)
            }
            e++;
        }
        // 100个乡镇综合养老服务中心和300个村级互助幸福院: a join before the next count ends this noun
        Matcher join = JOIN_BEFORE_NUMBER.matcher(text.substring(p, e));
        boolean joined = e == limit && e < text.length() && isNumberStart(text.charAt(e)) && join.find();
        if (e == limit && e < text.length() && isNumberStart(text.charAt(e)) && !joined) {
            return null; // 3个连片规模500亩以上的…片区: the name runs into another number; not safe to cut
        }
        // 村(社区)健身路径, “秋白书苑”: brackets and quotes are part of the name, not its end
        String raw = text.substring(p, joined ? p + join.start() : e).replaceAll("\\([^()]*\\)|（[^（）]*）|[“”‘’\"]", "");
        if (IndicatorPhrase.isDocumentCount(raw)) {
            return null; // 20项主要指标: a count of the document's own parts
        }
        raw = raw.replaceFirst("^(?:已经|已)(?:建成|有)?", ""); // 5000个已建成自然村: what exists already, still the noun
        raw = raw.replaceFirst("^\\d+(?:[-—~至]\\d+)?岁(?:以上|以下)?", ""); // 50万名3岁以下婴幼儿: the age qualifies the noun
        int listEnd = raw.lastIndexOf('、');
        int deng = listEnd < 0 ? -1 : raw.indexOf('等', listEnd);
        if (deng > 0 && deng + 1 < raw.length()) {
            raw = raw.substring(deng + 1); // 视力、听力、肢体等残疾儿童: the examples name the kind after 等
        }
        String whole = raw;
        for (String cut : FORM_C_CUTS) {
            int at = raw.indexOf(cut);
            if (at > 0) {
                raw = raw.substring(0, at);
            }
        }
        // 103个省、市、区重点项目: a list inside the noun we cannot pair reliably; but 10个A、60个B is two counts, and in
        // 20所普通高中改善办学条件、提升办学能力 the pause comes after the noun's verb
        boolean pauseAfter = e < limit && text.charAt(e) == '、' && !(e + 1 < text.length() && isNumberStart(text.charAt(e + 1)));
        // 培育50家智能工厂、新建90家绿色工厂: the item after the pause holds the next count, so it is a count of its own
        if (pauseAfter && raw.equals(whole) && !nextItemCounts(text, e, limit)) {
            return null;
        }
        if (IndicatorPhrase.isDocumentCount(raw)) {
            return null; // 办好20项民心工程等: the tasks of the document, once the words after the noun are cut
        }
        return IndicatorPhrase.isIndicator(raw) && raw.length() <= 16 ? IndicatorPhrase.of(raw) : "";
    }

    /**
     * Whether the item after the pause at {@code pause} holds the next count ({@code limit} is where it starts):
     * 培育50家智能工厂、新建90家绿色工厂 is two counts, each with its noun, not one list of nouns.
     */
    private static boolean nextItemCounts(String text, int pause, int limit) {
        if (limit >= text.length() || !isNumberStart(text.charAt(limit))) {
            return false;
        }
        String between = text.substring(pause + 1, limit);
        return between.indexOf('、') < 0 && !isJoinedNoun(between);
    }

    /**
     * Words between a pause and the next count that only go on naming things (省、市重点项目30个 has none, but
     * 园区、基地共30个 ends its list with a total): a total word before the number makes the list one noun.
     */
    private static boolean isJoinedNoun(String between) {
        return between.endsWith("共") || between.endsWith("合计") || between.endsWith("总计") || between.endsWith("等");
    }

    /** A count (项目30个) later in the clause: an amount before it qualifies what is counted. */
    private static boolean laterCount(List<Quantity> quantities, int i) {
        for (int j = i + 1; j < quantities.size(); j++) {
            if (UnitLexicon.isCounter(quantities.get(j).writtenUnit())) {
                return true;
            }
        }
        return false;
    }

    /** A number that is part of a name: 50人论坛, 千人计划. */
    private static final Pattern NAMED_BY_NUMBER = Pattern.compile("论坛|峰会|俱乐部");
    /** Facilities whose capacity a number before them gives (千万吨炼化基地, 7万吨锌基合金项目, 100万千瓦光伏电站). */
    private static final Pattern FACILITY = Pattern.compile(
            "^[\\u4e00-\\u9fff]{0,10}?(?:基地|项目|工程|生产线|装置|园区|产业园|码头|泊位|航道|电站|机组|矿井|炼厂)");

    /** After a short aside in brackets right after a unit (2.5万套（间）城市危旧房), where the words go on. */
    private static int skipAside(String text, int p, int end) {
        if (p < end && (text.charAt(p) == '(' || text.charAt(p) == '（')) {
            for (int k = p + 1; k < Math.min(end, p + 6); k++) {
                if (text.charAt(k) == ')' || text.charAt(k) == '）') {
                    return k + 1;
                }
            }
        }
        return p;
    }

    /**
     * Inside “…” that closes shortly after the number, with words around it: a name (“三个1亿人”). A quote that holds
     * nothing but the number (目标为“5%左右”) only stresses it.
     */
    private static boolean isQuoted(String text, Clause clause, Quantity q) {
        int open = text.lastIndexOf('“', q.start());
        if (open < clause.start() || open < q.start() - 12) {
            return false;
        }
        int close = text.indexOf('”', open);
        // 目标为“5%左右”。: stress; “2小时”连通, “二十条”: a name
        boolean onlyTheNumber = open == q.start() - 1 && close == q.end() && !q.spelled()
                && (close + 1 >= clause.end() || !isWordChar(text.charAt(close + 1)));
        return close >= q.end() && close <= q.end() + 12 && !onlyTheNumber;
    }

    private static boolean startsWithComparatorWord(String text, int p) {
        return text.startsWith("左右", p) || text.startsWith("以上", p) || text.startsWith("以内", p)
                || text.startsWith("以下", p) || text.startsWith("上下", p);
    }

    /** The run of word characters starting at {@code p}. */
    private static String wordsAfter(String text, int p, int end) {
        int e = p;
        while (e < end && (isWordChar(text.charAt(e)) || text.charAt(e) == '“' || text.charAt(e) == '”')) {
            e++;
        }
        return text.substring(p, e);
    }

    private static boolean isNumberStart(char c) {
        return (c >= '0' && c <= '9') || ChineseNumeral.isNumeralChar(c);
    }

    private QuantityRoles() {
    }
}
