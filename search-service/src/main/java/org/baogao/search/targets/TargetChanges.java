package org.baogao.search.targets;

import org.baogao.search.targets.TargetComparison.Statement;

import java.util.ArrayList;
import java.util.List;

/**
 * What changed in one indicator between two years, region by region: this year's target beside last year's
 * target and last year's result (as this year's report states it, where it does), and whether the target was
 * raised, lowered, kept, newly set or no longer set. Built on {@link TargetComparison} over the two years, so the
 * unit rule (one unit, the asked or the most frequent) and the choice among reports are the same as there.
 * Ranges compare by their middle (6–6.5 → 6.25).
 *
 * @param direction    the way a government wants the indicator to move ({@code increase}, {@code decrease}), from the
 *                     indicator catalogue, so a reader knows whether a raised {@code 能耗下降} target is the bolder one
 * @param year         the year whose targets are compared
 * @param previousYear the year before
 */
public record TargetChanges(String code, String indicator, String unit, String direction, int year, int previousYear,
                            List<RegionChange> regions) {

    /** How this year's target stands against last year's. */
    public enum Change {
        RAISED, LOWERED, UNCHANGED, NEW, DROPPED;

        /** As the API writes it: {@code raised}, {@code lowered}... */
        @com.fasterxml.jackson.annotation.JsonValue
        public String value() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * @param difference this year's target less last year's (middles of ranges), null unless both are set
     */
    public record RegionChange(String region, String regionCode, Statement target, Statement previousTarget,
                               Statement previousAchievement, Double difference, Change change) {
    }

    /** @param both the comparison of {@code year - 1} and {@code year} */
    public static TargetChanges of(TargetComparison both, int year, String direction) {
        List<RegionChange> regions = new ArrayList<>();
        for (TargetComparison.RegionRow r : both.regions()) {
            Statement previousTarget = r.cells().get(0).target();
            Statement previousAchievement = r.cells().get(0).achievement();
            Statement target = r.cells().get(1).target();
            if (target == null && previousTarget == null) {
                continue;
            }
            Double difference = difference(target, previousTarget);
            regions.add(new RegionChange(r.region(), r.regionCode(), target, previousTarget, previousAchievement, difference,
                    change(target, previousTarget, difference)));
        }
        return new TargetChanges(both.code(), both.indicator(), both.unit(), direction, year, year - 1, regions);
    }

    static Double difference(Statement now, Statement before) {
        if (now == null || before == null || now.midpoint() == null || before.midpoint() == null) {
            return null;
        }
        // Rounded to what reports write (two decimals of a percentage), so 6.5 − 6.4 is 0.1, not 0.09999999999999964.
        return Math.round((now.midpoint() - before.midpoint()) * 1e6) / 1e6;
    }

    static Change change(Statement now, Statement before, Double difference) {
        if (before == null) {
            return Change.NEW;
        }
        if (now == null) {
            return Change.DROPPED;
        }
        if (difference == null || difference == 0) {
            return Change.UNCHANGED;
        }
        return difference > 0 ? Change.RAISED : Change.LOWERED;
    }
}
