package org.baogao.targets.statement;

import org.baogao.contracts.Target;
import org.baogao.targets.clause.Clause;
import org.baogao.targets.comparator.ComparatorWords;
import org.baogao.targets.distribution.SubjectList;
import org.baogao.targets.indicator.IndicatorDictionary;
import org.baogao.targets.indicator.IndicatorPhrase;
import org.baogao.targets.number.Quantity;
import org.baogao.targets.number.QuantityScanner;
import org.baogao.targets.unit.UnitLexicon;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs the quantities of a clause with what they measure. The grammar, per quantity:
 * <ul>
 *   <li>{@code [lead] Q [以上|左右…]} — the indicator is the lead (words since the previous quantity),
 *       peeled by {@link IndicatorPhrase}; an empty lead inherits the previous subject of the clause
 *       (达到134.9万亿元、增长5%; 比上年增长6%).</li>
 *   <li>{@code Q [以上] noun} with Q in money or percent — Q qualifies the noun
 *       (总投资3亿元以上制造业项目): not a statement, and the next lead starts after it.</li>
 *   <li>{@code verb Q classifier noun} — the noun after the classifier is the indicator (新增5家上市公司).</li>
 *   <li>{@code subject-list 分别/均 Q1、Q2…} — one statement per listed subject ({@link SubjectList}).</li>
 * </ul>
 * A quantity whose indicator stays empty is dropped: a share or amount with no subject is not a target.
 */
public final class StatementReader {

    private static final String FOLLOWERS_OK = "的和与及、等比较同增左为或";
    private static final String[] FORM_C_CUTS = {"投入", "建成", "开工", "完成", "落地", "实现", "达到", "通过", "获得", "等",
            "改造", "提升", "成功", "上线", "全部", "均", "已", "要", "将"};

    /** 从10万元提高到15万元: the first amount is where it starts from; the statement is the second. */
    private static final java.util.regex.Pattern FROM = java.util.regex.Pattern.compile("(?:从|由)[^从由]{0,12}$");
    private static final java.util.regex.Pattern TO = java.util.regex.Pattern.compile(
            "^(?:提高|增加|上升|提升|下降|降低|减少|扩大|缩小|增长|调整)?(?:到|至)|^(?:增|降|升|减)至|^(?:调整|变)为");

    /** Verbs that may directly follow an amount that is itself the value (安排5000亿元用于…). */
    private static final String[] VERBS_AFTER_VALUE = {"安排", "用于", "提高", "支持", "撬动", "形成", "投入", "实施", "保障",
            "扶持", "补助", "奖励", "增长", "下降", "减少", "增加", "带动", "拉动", "惠及", "完成", "实现", "达到", "左右",
            "上下", "以内", "以下", "发放", "兑现", "新增", "建设"};

    /** 在100个城市…: a number that only says where. */
    private static final java.util.regex.Pattern LOCATIVE = java.util.regex.Pattern.compile("(?:^|[^\\u4e00-\\u9fff])在\\s*$");

    /** A margin over a benchmark: 高于全国, 比全省高, 快于全省平均水平. */
    private static final java.util.regex.Pattern RELATIVE = java.util.regex.Pattern.compile(
            "(?:高于|低于|快于|慢于|高出|超出|领先|比)(?:全国|全省|全市|全区|全县|全球|世界|平均|同期|GDP|地区生产总值|经济)");

    /** Words right before an amount that make it a threshold (总投资10亿元项目, 超亿元企业). */
    private static final java.util.regex.Pattern THRESHOLD_LEAD = java.util.regex.Pattern.compile("投资|超$|过$|额$|规模$|营收$|产值$");

    /** 迈上1.2万亿元新台阶, 突破万亿大关: the amount is the value, the noun only dresses it. */
    private static final String[] MILESTONES = {"新台阶", "台阶", "大关", "关口", "新高"};

    /** Nouns after 的 that make a percentage a value of the subject before it (增长6%的目标). */
    private static final java.util.regex.Pattern GOAL_NOUNS = java.util.regex.Pattern.compile("增长|增速|增幅|目标|水平|速度|幅度");

    /** 比上年增加1.6万亿元 after 赤字规模5.66万亿元: the change against last year, not a second statement. */
    private static final java.util.regex.Pattern DELTA = java.util.regex.Pattern.compile(
            "(?:比|较)(?:上年|去年|上年末|年初|\\d{4}年)[^,，、;；\\d]{0,6}?(?:增加|提高|减少|下降|降低|多|少|增长|扩大|缩小|上升|高|低)|同比(?:增加|提高|减少|下降|降低)");

    private static final java.util.regex.Pattern SHARED = java.util.regex.Pattern.compile("(?<![平人均])均(?![衡等匀值])|都(?![市会])|一律|同步");

    private final QuantityScanner scanner = new QuantityScanner();

    public List<Statement> read(String text, Clause clause) {
        List<Quantity> quantities = scanner.scan(text, clause.start(), clause.end());
        if (quantities.isEmpty()) {
            return List.of();
        }
        int n = quantities.size();
        Role[] roles = new Role[n];
        String[] formC = new String[n];
        for (int i = 0; i < n; i++) {
            roles[i] = roleOf(text, clause, quantities, i, formC);
        }
        // 30亿元或3亿美元以上重大项目: an alternative joined by 或 shares the role of the one after it
        for (int i = n - 2; i >= 0; i--) {
            if (roles[i] == Role.VALUE && roles[i + 1] == Role.MODIFIER
                    && gap(text, quantities.get(i).end(), quantities.get(i + 1).start()).equals("或")) {
                roles[i] = Role.MODIFIER;
            }
        }

        List<Statement> out = new ArrayList<>();
        List<String> lastItems = null;
        int leadStart = clause.start();
        int i = 0;
        while (i < n) {
            Quantity q = quantities.get(i);
            if (roles[i] == Role.MODIFIER || roles[i] == Role.DROP) {
                leadStart = q.end();
                i++;
                continue;
            }
            Clause.Segment segment = clause.segmentAt(q.start());
            int from = Math.max(leadStart, segment.start());
            if (i > 0 && from == quantities.get(i - 1).end() && from < q.start() && isWordChar(text.charAt(from))) {
                // 跃上1.4万亿斤新台阶、亩产提升10.1斤: words glued to the previous value are its tail, not the next subject
                int pause = text.indexOf('、', from);
                if (pause >= 0 && pause < q.start()) {
                    from = pause + 1;
                }
            }
            String lead = text.substring(Math.min(from, q.start()), q.start());

            String prefixComparator = ComparatorWords.fromLead(lead);
            if (LOCATIVE.matcher(lead).find()) {
                leadStart = q.end();
                i++;
                continue; // 在320个县开展试点: where something happens, not how much
            }
            if (roles[i] == Role.FORM_C) {
                String indicator = formC[i];
                out.add(statement(indicator, q, prefixComparator));
                lastItems = List.of(indicator);
                leadStart = q.end();
                i++;
                continue;
            }
            // a group: values joined only by 、/和 share one lead (分别增长8%、9%)
            int j = i + 1;
            while (j < n && roles[j] == Role.VALUE && isJoin(gap(text, quantities.get(j - 1).end(), quantities.get(j).start()))) {
                j++;
            }
            int k = j - i;
            if (j < n && FROM.matcher(lead).find()
                    && TO.matcher(gap(text, quantities.get(j - 1).end(), quantities.get(j).start())).find()) {
                // 从50%、75%提高到100%: the values it starts from; the subject carries over to the value it reaches
                String before = IndicatorPhrase.of(lead.substring(0, lastFrom(lead)));
                if (!before.isEmpty()) {
                    lastItems = SubjectList.split(before, k, SHARED.matcher(lead).find());
                }
                leadStart = quantities.get(j - 1).end();
                i = j;
                continue;
            }
            if (isMargin(lead, q) || lastItems != null && !out.isEmpty() && isDelta(lead, q, out.get(out.size() - 1))) {
                leadStart = quantities.get(j - 1).end();
                i = j;
                continue;
            }
            String phrase = IndicatorPhrase.of(lead);
            List<String> items;
            if (phrase.isEmpty()) {
                items = lastItems != null ? lastItems : k == 1 && formC[i] != null ? List.of(formC[i]) : null;
            } else {
                items = SubjectList.split(phrase, k, SHARED.matcher(lead).find());
            }
            if (items != null) {
                if (items.size() == k) {
                    for (int m = 0; m < k; m++) {
                        out.add(statement(items.get(m), quantities.get(i + m), prefixComparator));
                    }
                } else if (items.size() == 1) {
                    for (int m = 0; m < k; m++) {
                        out.add(statement(items.get(0), quantities.get(i + m), prefixComparator));
                    }
                } else if (k == 1) {
                    for (String item : items) {
                        out.add(statement(item, q, prefixComparator));
                    }
                }
                lastItems = items.size() == k || k == 1 ? items : List.of(items.get(items.size() - 1));
            }
            leadStart = quantities.get(j - 1).end();
            i = j;
        }
        return out;
    }

    private enum Role { VALUE, MODIFIER, FORM_C, DROP }

    private Role roleOf(String text, Clause clause, List<Quantity> quantities, int i, String[] formC) {
        Quantity q = quantities.get(i);
        int p = skipSpaces(text, q.end(), clause.end());
        if (p >= clause.end()) {
            return Role.VALUE;
        }
        char c = text.charAt(p);
        if (isQuoted(text, clause, q)) {
            return Role.DROP; // “三个1亿人”, “1+3+N”: a number inside a name
        }
        if (c == '的' && p + 1 < clause.end() && (isWordChar(text.charAt(p + 1)) || text.charAt(p + 1) == '“')
                && !(UnitLexicon.isPercentLike(q.unit()) && GOAL_NOUNS.matcher(wordsAfter(text, p + 1, clause.end())).find())) {
            return Role.MODIFIER; // 14亿人的粮食安全, 5000万元的项目, 现行10%的税率 (but: 6%的增长目标)
        }
        if (!isWordChar(c) || FOLLOWERS_OK.indexOf(c) >= 0 || startsWithComparatorWord(text, p)) {
            return Role.VALUE;
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
                formC[i] = noun;
                return Role.VALUE;
            }
            return Role.MODIFIER;
        }
        if (UnitLexicon.isCounter(q.writtenUnit())) {
            int limit = clause.end();
            if (i + 1 < quantities.size()) {
                limit = Math.min(limit, quantities.get(i + 1).start());
            }
            String noun = nounAfter(text, p, limit);
            if (noun == null) {
                return Role.DROP;
            }
            if (!noun.isEmpty()) {
                formC[i] = noun;
                return Role.FORM_C;
            }
        } else {
            // 守住18亿亩耕地红线: the noun after the amount names it only if the words before name nothing
            int limit = i + 1 < quantities.size() ? Math.min(clause.end(), quantities.get(i + 1).start()) : clause.end();
            String noun = nounAfter(text, p, limit);
            if (noun != null && !noun.isEmpty() && noun.indexOf('的') < 0) {
                formC[i] = noun;
            }
        }
        return Role.VALUE;
    }

    /** The noun phrase after a classifier, up to a pause or an action verb; null for a list we cannot pair. */
    private String nounAfter(String text, int p, int limit) {
        int e = p;
        int depth = 0;
        while (e < limit) {
            char c = text.charAt(e);
            if (c == '(' || c == '（') {
                depth++;
            } else if ((c == ')' || c == '）') && depth > 0) {
                depth--;
            } else if (!isWordChar(c) && depth == 0 && "“”‘’\"".indexOf(c) < 0) {
                break;
            }
            e++;
        }
        if (e == limit && e < text.length() && isNumberStart(text.charAt(e))) {
            return null; // 3个连片规模500亩以上的…片区: the name runs into another number; not safe to cut
        }
        // 村(社区)健身路径, “秋白书苑”: brackets and quotes are part of the name, not its end
        String raw = text.substring(p, e).replaceAll("\\([^()]*\\)|（[^（）]*）|[“”‘’\"]", "");
        if (e < limit && text.charAt(e) == '、') {
            return null; // 103个省、市、区重点项目: a list we cannot pair reliably
        }
        if (IndicatorPhrase.isDocumentCount(raw)) {
            return null; // 20项主要指标: a count of the document's own parts
        }
        for (String cut : FORM_C_CUTS) {
            int at = raw.indexOf(cut);
            if (at > 0) {
                raw = raw.substring(0, at);
            }
        }
        return IndicatorPhrase.isIndicator(raw) && raw.length() <= 16 ? IndicatorPhrase.of(raw) : "";
    }

    private Statement statement(String indicator, Quantity q, String prefixComparator) {
        String comparator = q.isRange() ? Target.RANGE : ComparatorWords.combine(q.suffix(), prefixComparator, q.moreThan());
        IndicatorDictionary.Match m = IndicatorDictionary.lookup(indicator);
        return new Statement(indicator, m == null ? null : m.code(), q, comparator);
    }

    /** An absolute change after a level of the same subject (same unit, or 个百分点 after a percentage). */
    /** 增长6.5%、高于全国0.5个百分点: the margin over a benchmark, not a statement of its own. */
    private static boolean isMargin(String lead, Quantity q) {
        return q.unit().equals("个百分点") && RELATIVE.matcher(lead).find();
    }

    private static boolean isDelta(String lead, Quantity q, Statement previous) {
        java.util.regex.Matcher m = DELTA.matcher(lead);
        if (!m.find() || !IndicatorPhrase.of(lead.substring(0, m.start())).isEmpty()) {
            return false;
        }
        String before = previous.quantity().unit();
        return before.equals(q.unit()) && !before.equals("%") || q.unit().equals("个百分点") && before.equals("%");
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

    /** Inside “…” that closes shortly after the number. */
    private static boolean isQuoted(String text, Clause clause, Quantity q) {
        int open = text.lastIndexOf('“', q.start());
        if (open < clause.start() || open < q.start() - 12) {
            return false;
        }
        int close = text.indexOf('”', open);
        return close >= q.end() && close <= q.end() + 12;
    }

    private static int lastFrom(String lead) {
        return Math.max(lead.lastIndexOf('从'), lead.lastIndexOf('由'));
    }

    private static boolean startsWithAny(String text, int p, String[] words) {
        for (String w : words) {
            if (text.startsWith(w, p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isJoin(String gap) {
        return gap.equals("、") || gap.equals("和") || gap.equals("与") || gap.equals("及") || gap.equals("至");
    }

    private static String gap(String text, int from, int to) {
        return from >= to ? "" : text.substring(from, to).strip();
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
        return (c >= '0' && c <= '9') || org.baogao.targets.number.ChineseNumeral.isNumeralChar(c);
    }

    private static boolean isWordChar(char c) {
        return (c >= '\u4e00' && c <= '\u9fff') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static int skipSpaces(String text, int i, int end) {
        while (i < end && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
