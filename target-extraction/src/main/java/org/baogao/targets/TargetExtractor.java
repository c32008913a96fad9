package org.baogao.targets;

import java.math.BigDecimal;
import java.math.MathContext;
import org.baogao.contracts.Target;
import org.baogao.targets.clause.Clause;
import org.baogao.targets.clause.ClauseSplitter;
import org.baogao.targets.indicator.IndicatorDictionary;
import org.baogao.targets.indicator.IndicatorPhrase;
import org.baogao.targets.kind.Kind;
import org.baogao.targets.kind.KindResolver;
import org.baogao.targets.kind.ReportParts;
import org.baogao.targets.kind.TableColumns;
import org.baogao.targets.number.Quantity;
import org.baogao.targets.direction.DirectionWords;
import org.baogao.targets.comparator.ComparatorWords;
import org.baogao.targets.number.QuantityScanner;
import org.baogao.targets.statement.CarriedSubject;
import org.baogao.targets.statement.NonCommitments;
import org.baogao.targets.statement.Statement;
import org.baogao.targets.statement.StatementReader;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds quantitative statements in cleaned, normalized report text: clauses
 * ({@link ClauseSplitter}) → quantities paired with indicators ({@link StatementReader}) → kind and
 * year ({@link KindResolver}, using the report part from {@link ReportParts}). Stateless and
 * thread-safe; one linear pass per stage.
 */
public class TargetExtractor {

    private final ClauseSplitter clauses = new ClauseSplitter();
    private final StatementReader statements = new StatementReader();
    private final KindResolver kinds = new KindResolver();
    private final QuantityScanner scanner = new QuantityScanner();

    /**
     * @param text       cleaned text (simplified, widths folded)
     * @param reportYear the year the report plans for, or null if unknown
     * @param skip       spans to leave out (text cleaning could not repair them)
     */
    public List<Target> extract(String text, Integer reportYear, SpanFilter skip) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        SpanFilter filter = skip == null ? SpanFilter.NONE : skip;
        ReportParts parts = ReportParts.of(text, reportYear);
        TableColumns tables = TableColumns.of(text, reportYear);
        boolean nextYearFrame = plansForNextYear(text);
        List<Target> out = new ArrayList<>();
        Set<List<Object>> seen = new HashSet<>();
        CarriedSubject carried = CarriedSubject.NONE;
        int sentence = -1;
        for (Clause clause : clauses.split(text)) {
            if (clause.sentenceStart() != sentence) {
                sentence = clause.sentenceStart();
                carried = CarriedSubject.NONE;
            }
            if (filter.skip(clause.start(), clause.end()) || tables.labelsUnit(clause.start())) {
                continue; // a table row whose label gives the unit is read by its columns below
            }
            if (NonCommitments.followsForecastVerb(text, clause)) {
                continue; // 一名经济学家预料，内地今年经济增长约6.3%: someone's forecast, not a commitment
            }
            List<Statement> found = statements.read(text, clause, carried);
            if (found.isEmpty()) {
                // 外贸进出口保持稳定增长，增速5%至6%: a clause without a number may still name the subject that follows
                carried = carried.orNamedBy(text, clause);
                continue;
            }
            if (NonCommitments.followsOutsideOpinion(text, clause)) {
                // 一位经济学者分析，…有望实现7%左右的增长: every later clause of the sentence is the opinion too, so the
                // subject a number-less clause carried is never read (asked only here, where there are numbers)
                continue;
            }
            carried = CarriedSubject.of(found.get(found.size() - 1).indicator());
            String clauseText = text.substring(clause.start(), clause.end());
            for (Statement s : found) {
                Quantity q = s.quantity();
                // cue words count up to the statement itself: a later “十三五”时期 in the clause is a comparison
                Kind column = tables.at(q.start());
                Kind kind = column != null ? column : kinds.resolve(new KindResolver.Surroundings(
                        text.substring(clause.sentenceStart(), q.end()), text.substring(clause.start(), q.end()),
                        text.substring(clause.segmentAt(q.start()).start(), q.end()), paragraphBefore(text, clause),
                        parts.at(clause.start()), reportYear, nextYearFrame));
                Target t = new Target(s.indicator(), s.code(), kind.kind(), written(q.value()), written(q.min()),
                        written(q.max()), q.unit(),
                        s.comparator(), s.direction(), kind.year(), kind.period(), clauseText, clause.start(),
                        clause.end(), kind.basis());
                // a report restates its main targets when it explains them (经济增长预期目标为5%左右…): keep the first
                if (seen.add(identity(t))) {
                    out.add(t);
                }
            }
        }
        for (TableColumns.UnitInLabel cell : tables.unitsInLabels(text)) {
            if (filter.skip(cell.rowStart(), cell.rowEnd())) {
                continue;
            }
            Target t = fromTable(text, cell);
            if (t != null && seen.add(identity(t))) {
                out.add(t);
            }
        }
        return out;
    }


    /** A table's number whose unit is in its row's label (地区生产总值增长（%） 4.9 6左右), read as if written out. */
    private Target fromTable(String text, TableColumns.UnitInLabel cell) {
        List<Quantity> read = scanner.scan(cell.withUnit(), 0, cell.withUnit().length());
        String indicator = IndicatorPhrase.of(cell.label());
        if (read.isEmpty() || indicator.isEmpty()) {
            return null;
        }
        Quantity q = read.get(0);
        String comparator = q.isRange() ? Target.RANGE : ComparatorWords.combine(q.suffix(), null, q.moreThan());
        return new Target(indicator, IndicatorDictionary.code(indicator), cell.kind().kind(), written(q.value()),
                written(q.min()), written(q.max()), q.unit(), comparator, DirectionWords.of(cell.label(), indicator),
                cell.kind().year(), null, text.substring(cell.rowStart(), cell.rowEnd()).strip(), cell.rowStart(),
                cell.rowEnd(), cell.kind().basis());
    }

    /**
     * The number as the report wrote it: scaling by 万/亿 in binary floating point leaves noise in the last
     * digits (4.06万亿 → 4059999999999.9995); no report writes more than 12 significant digits.
     */
    static Double written(Double value) {
        return value == null ? null : new BigDecimal(value).round(WRITTEN_PRECISION).doubleValue();
    }

    private static final MathContext WRITTEN_PRECISION = new MathContext(12);

    /** What makes two statements the same target: what is measured, the number, the bound, the kind and year. */
    private static List<Object> identity(Target t) {
        return Arrays.asList(t.code() != null ? t.code() : t.indicator(), t.value(), t.min(), t.max(), t.unit(),
                t.comparator(), t.kind(), t.year());
    }

    /** The paragraph from its start up to the clause's sentence (at most a few hundred chars back). */
    private static String paragraphBefore(String text, Clause clause) {
        int from = Math.max(0, clause.sentenceStart() - 400);
        int nl = text.lastIndexOf('\n', clause.sentenceStart() - 1);
        return text.substring(Math.max(from, nl + 1), clause.sentenceStart());
    }

    /**
     * A December plenum or news piece deploying next year's work speaks of 明年 as the plan and 今年 as the
     * year under review; a work report speaks of 今年 as the plan. Two mentions of 明年 and more 明年 than 今年
     * mark the first kind.
     */
    static boolean plansForNextYear(String text) {
        int next = count(text, "明年");
        return next >= 2 && next > count(text, "今年");
    }

    private static int count(String text, String word) {
        int n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length())) {
            n++;
        }
        return n;
    }

    /** Which spans of the text extraction must not read. */
    @FunctionalInterface
    public interface SpanFilter {
        SpanFilter NONE = (start, end) -> false;

        boolean skip(int start, int end);
    }
}
