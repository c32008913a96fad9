package org.baogao.extract.eval;

import org.baogao.contracts.EnrichedReport;
import org.baogao.contracts.Region;
import org.baogao.contracts.Target;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One report scored against its gold: which gold targets were found, which were missed, which extracted
 * {@code target}s are not in the gold (extras), comparators, year and region. Each gold entry takes the first
 * unused extracted target that matches it, in gold order, as the spec's scorer does.
 */
public record ReportScore(String name, int found, List<GoldFile.Entry> misses, List<Target> extras,
                          int comparatorsRight, int comparatorsScored, Boolean yearRight, Integer year,
                          Boolean regionRight, Region region) {

    static ReportScore of(String name, GoldFile.Report gold, EnrichedReport report) {
        List<Target> targets = report.targets().stream().filter(t -> Target.TARGET.equals(t.kind())).toList();
        Set<Integer> used = new HashSet<>();
        List<GoldFile.Entry> misses = new ArrayList<>();
        int found = 0;
        int comparatorsRight = 0;
        int comparatorsScored = 0;
        for (GoldFile.Entry g : gold.targets()) {
            int hit = firstMatch(g, targets, used);
            if (hit < 0) {
                misses.add(g);
                continue;
            }
            used.add(hit);
            found++;
            if (g.comparator() != null) {
                comparatorsScored++;
                comparatorsRight += g.comparator().equals(targets.get(hit).comparator()) ? 1 : 0;
            }
        }
        List<Target> extras = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            if (!used.contains(i) && !TargetMatching.excused(gold.optional(), targets.get(i))) {
                extras.add(targets.get(i));
            }
        }
        Boolean yearRight = gold.year() == null ? null : gold.year().equals(report.year());
        Boolean regionRight = gold.regions().isEmpty() ? null : gold.regions().stream().anyMatch(r ->
                report.region() != null && r.name().equals(report.region().name())
                        && (r.code() == null || r.code().equals(report.region().code())));
        return new ReportScore(name, found, misses, extras, comparatorsRight, comparatorsScored, yearRight,
                report.year(), regionRight, report.region());
    }

    /** A report the pipeline could not read: every gold target is a miss. */
    static ReportScore unreadable(String name, GoldFile.Report gold) {
        return new ReportScore(name, 0, gold.targets(), List.of(), 0, 0, gold.year() == null ? null : false, null,
                gold.regions().isEmpty() ? null : false, null);
    }

    private static int firstMatch(GoldFile.Entry g, List<Target> targets, Set<Integer> used) {
        for (int i = 0; i < targets.size(); i++) {
            if (!used.contains(i) && TargetMatching.matches(g, targets.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
