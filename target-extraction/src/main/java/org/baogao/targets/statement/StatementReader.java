package org.baogao.targets.statement;

import org.baogao.contracts.Target;
import org.baogao.targets.clause.Clause;
import org.baogao.targets.comparator.ComparatorWords;
import org.baogao.targets.direction.DirectionWords;
import org.baogao.targets.distribution.SubjectList;
import org.baogao.targets.indicator.IndicatorDictionary;
import org.baogao.targets.indicator.IndicatorPhrase;
import org.baogao.targets.number.Quantity;
import org.baogao.targets.number.QuantityScanner;
import org.baogao.targets.unit.UnitLexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.baogao.targets.statement.TextChars.gap;
import static org.baogao.targets.statement.TextChars.isWordChar;
import static org.baogao.targets.statement.QuantityRoles.Role;

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

    /** 从10万元提高到15万元: the first amount is where it starts from; the statement is the second. */
    private static final Pattern FROM = Pattern.compile("(?:从|由)[^从由]{0,12}$");
    private static final Pattern TO = Pattern.compile(
            "^(?:提高|增加|上升|提升|下降|降低|减少|扩大|缩小|增长|调整)?(?:到|至)|^(?:增|降|升|减)至|^(?:调整|变)为");

    /** 在100个城市…: a number that only says where. */
    private static final Pattern LOCATIVE = Pattern.compile("(?:^|[^\\u4e00-\\u9fff])在\\s*$");

    /** A margin over a benchmark: 高于全国, 比全省高, 快于全省平均水平. */
    private static final Pattern RELATIVE = Pattern.compile(
            "(?:高于|低于|快于|慢于|高出|超出|领先|比)(?:全国|全省|全市|全区|全县|全球|世界|平均|同期|GDP|地区生产总值|经济)");

    /** 比上年增加1.6万亿元 after 赤字规模5.66万亿元: the change against last year, not a second statement. */
    private static final Pattern DELTA = Pattern.compile(
            "(?:比|较)(?:上年|去年|上年末|年初|\\d{4}年)[^,，、;；\\d]{0,6}?(?:增加|提高|减少|下降|降低|多|少|增长|扩大|缩小|上升|高|低)|同比(?:增加|提高|减少|下降|降低)");

    /** A verb of putting money in, with nothing named before the amount. */
    private static final Pattern FUNDING = Pattern.compile("(投入|安排|筹集|下达|统筹|整合|争取|拨付|发放)$");

    private static final Pattern SHARED = Pattern.compile("(?<![平人均])均(?![衡等匀值])|都(?![市会])|一律|同步|各$");

    private final QuantityScanner scanner = new QuantityScanner();

    public List<Statement> read(String text, Clause clause) {
        return read(text, clause, CarriedSubject.NONE);
    }

    /**
     * @param carried the subject of the last statement before this clause in the same sentence, or null: a clause
     *                whose number has no subject of its own continues it (确保新开工项目200个，力争250个;
     *                新增高新技术企业300家，总数突破2100家; 外贸进出口保持稳定增长，增速5%至6%)
     */
    public List<Statement> read(String text, Clause clause, CarriedSubject carried) {
        List<Quantity> quantities = scanner.scan(text, clause.start(), clause.end());
        if (quantities.isEmpty()) {
            return List.of();
        }
        int n = quantities.size();
        QuantityRoles.Assigned[] roles = QuantityRoles.assign(text, clause, quantities);

        List<Statement> out = new ArrayList<>();
        List<String> lastItems = null;
        int leadStart = clause.start();
        int factBefore = -2; // the last quantity dropped as a fact: what is listed right after it is one too
        int i = 0;
        while (i < n) {
            Quantity q = quantities.get(i);
            if (roles[i].role() == Role.MODIFIER || roles[i].role() == Role.DROP) {
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
            boolean listedAfterAFact = factBefore == i - 1 && i > 0
                    && (isJoin(gap(text, quantities.get(i - 1).end(), q.start())) || lead.strip().startsWith("、"));
            if (LOCATIVE.matcher(lead).find() || NonCommitments.precedes(lead) || listedAfterAFact) {
                leadStart = q.end();
                factBefore = i;
                i++;
                continue; // 在320个县开展试点: where, not how much; 实到代表551名, 我国有13亿人口、9亿劳动力: no commitment
            }
            if (UnitLexicon.isCounter(q.writtenUnit())
                    && NonCommitments.enumeratesExisting(lead, roles[i].noun(), q.value() == null ? -1 : q.value())) {
                leadStart = q.end();
                i++;
                continue; // 长春、白山2个城市: the count of the names before it
            }
            if (roles[i].role() == Role.FORM_C) {
                String indicator = roles[i].noun();
                out.add(statement(indicator, q, prefixComparator, lead));
                lastItems = List.of(indicator);
                leadStart = q.end();
                i++;
                continue;
            }
            // a group: values joined only by 、/和 share one lead (分别增长8%、9%)
            int j = i + 1;
            while (j < n && roles[j].role() == Role.VALUE && isJoin(gap(text, quantities.get(j - 1).end(), quantities.get(j).start()))) {
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
            if (isMargin(lead, q, !out.isEmpty()) || lastItems != null && !out.isEmpty() && isDelta(lead, q, out.get(out.size() - 1))) {
                leadStart = quantities.get(j - 1).end();
                i = j;
                continue;
            }
            String phrase = IndicatorPhrase.of(lead);
            String before = lastItems == null ? subjectBefore(text, clause, segment, carried) : null;
            if (before != null && continuesCarried(lead, phrase)) {
                phrase = phrase.isEmpty() ? before : before + phrase;
            }
            if (!out.isEmpty() && IndicatorDictionary.code(phrase) == null && phrase.length() <= 3) {
                // 粮食播种面积3320万亩、产量1285万吨: a bare head after a named subject shares its modifier
                String completed = SubjectList.withModifierOf(out.get(out.size() - 1).indicator(), phrase);
                phrase = completed != null ? completed : phrase;
            }
            List<String> items;
            if (phrase.isEmpty()) {
                items = lastItems != null ? lastItems : k == 1 && roles[i].noun() != null ? List.of(roles[i].noun()) : null;
                Matcher funding = FUNDING.matcher(lead.strip());
                if (items == null && k == 1 && UnitLexicon.isMoney(q.unit()) && funding.find()) {
                    items = List.of(funding.group(1) + "资金"); // 投入5000万元提高社会保障水平: money put in, for what follows
                }
            } else {
                items = SubjectList.split(phrase, k, SHARED.matcher(lead).find());
            }
            if (items != null) {
                if (items.size() == k) {
                    for (int m = 0; m < k; m++) {
                        out.add(statement(items.get(m), quantities.get(i + m), prefixComparator, lead));
                    }
                } else if (items.size() == 1) {
                    for (int m = 0; m < k; m++) {
                        out.add(statement(items.get(0), quantities.get(i + m), prefixComparator, lead));
                    }
                } else if (k == 1) {
                    for (String item : items) {
                        out.add(statement(item, q, prefixComparator, lead));
                    }
                }
                lastItems = items.size() == k || k == 1 ? items : List.of(items.get(items.size() - 1));
            }
            leadStart = quantities.get(j - 1).end();
            i = j;
        }
        return out;
    }

    private Statement statement(String indicator, Quantity q, String prefixComparator, String lead) {
        String comparator = q.isRange() ? Target.RANGE : ComparatorWords.combine(q.suffix(), prefixComparator, q.moreThan());
        IndicatorDictionary.Match m = IndicatorDictionary.lookup(indicator);
        return new Statement(indicator, m == null ? null : m.code(), q, comparator, DirectionWords.of(lead, indicator));
    }

    /**
     * The subject a segment without one continues: what the clause's earlier segments name (外贸进出口保持稳定增长，
     * 增速5%), else the sentence's last subject.
     */
    private static String subjectBefore(String text, Clause clause, Clause.Segment segment, CarriedSubject carried) {
        if (segment.start() > clause.start()) {
            String named = IndicatorPhrase.of(text.substring(clause.start(), segment.start()));
            if (!named.isEmpty()) {
                return named;
            }
        }
        return carried.get();
    }

    /**
     * A clause continues the sentence's last subject when its own words name nothing but a modal (力争, 确保) or a
     * head noun of that subject (总数, 增速, 占比): few words, no indicator of their own.
     */
    private static boolean continuesCarried(String lead, String phrase) {
        return IndicatorPhrase.isSubjectHead(phrase) || phrase.isEmpty() && MODAL_ONLY.matcher(lead.strip()).matches();
    }

    /** 力争250个, 确保达到…: a second, higher or firmer value for the same subject. */
    private static final Pattern MODAL_ONLY = Pattern.compile(
            "(?:在实际工作中)?(?:力争|确保|争取|努力|力求)(?:更好结果|更高目标|更快增长)?、?(?:达到|突破|超过|实现|完成|增长|增加|提高|提升|在)?");

    /** A clause that is nothing but a comparison (比城镇居民高出1.5个百分点): the gap to another figure, no target. */
    private static final Pattern COMPARISON_ONLY = Pattern.compile("^(?:比|较)[^，,；;]{1,12}?(?:高出|高于|低于|快于|慢于|多|少)$");

    /**
     * A gap in percentage points, not a statement of its own: the margin over a benchmark after a value of the same
     * clause (增长6.5%、高于全国0.5个百分点; alone, 研发投入增速高于全省平均2个百分点以上 is the goal), or a clause that
     * only compares (比城镇居民高出1.5个百分点).
     */
    private static boolean isMargin(String lead, Quantity q, boolean afterAValue) {
        return q.unit().equals("个百分点") && (afterAValue && RELATIVE.matcher(lead).find()
                || COMPARISON_ONLY.matcher(lead.strip()).matches());
    }

    /** An absolute change after a level of the same subject (same unit, or 个百分点 after a percentage). */
    private static boolean isDelta(String lead, Quantity q, Statement previous) {
        Matcher m = DELTA.matcher(lead);
        if (!m.find() || !IndicatorPhrase.of(lead.substring(0, m.start())).isEmpty()) {
            return false;
        }
        String before = previous.quantity().unit();
        return before.equals(q.unit()) && !before.equals("%") || q.unit().equals("个百分点") && before.equals("%");
    }

    private static int lastFrom(String lead) {
        return Math.max(lead.lastIndexOf('从'), lead.lastIndexOf('由'));
    }

    private static boolean isJoin(String gap) {
        return gap.equals("、") || gap.equals("和") || gap.equals("与") || gap.equals("及") || gap.equals("至");
    }
}
