package org.baogao.search.targets;

import org.baogao.contracts.Target;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * One indicator across regions × years: for each region and year, the target the region set for that year
 * (from its report of that year) beside the result it reported for that year (normally in the next year's
 * report). Only statements in one unit are compared, the one asked for or else the most frequent, so a growth
 * rate is never set beside an amount.
 *
 * @param code      indicator code
 * @param indicator the indicator as most often written
 * @param unit      unit of every value in the table
 * @param years     columns
 * @param regions   rows, by region code
 */
public record TargetComparison(String code, String indicator, String unit, List<Integer> years, List<RegionRow> regions) {

    public record RegionRow(String region, String regionCode, List<Cell> cells) {
    }

    /**
     * @param target      what the region set for {@code year}, or null
     * @param achievement what the region reported for {@code year}, or null
     */
    public record Cell(int year, Statement target, Statement achievement) {
    }

    /**
     * A value as stated: a single number or a range, with where it was said.
     *
     * @param page     page of the source document it is on, where the source had pages
     * @param sentence the sentence it was stated in
     * @param link     the page's address of the report opened at that sentence
     */
    public record Statement(Double value, Double min, Double max, String comparator, String reportId, Integer reportYear,
                            String text, Integer page, String sentence, String link) {
        static Statement of(TargetRow row) {
            return new Statement(row.value(), row.min(), row.max(), row.comparator(), row.reportId(), row.reportYear(), row.text(),
                    row.page(), row.sentence(), row.link());
        }

        /** The number to compare: the value, or the middle of a range; null when neither is stated. */
        public Double midpoint() {
            if (value != null) {
                return value;
            }
            return min != null && max != null ? (min + max) / 2 : min != null ? min : max;
        }
    }

    public static TargetComparison of(String code, String unit, Integer yearFrom, Integer yearTo, List<TargetRow> rows) {
        Builder builder = new Builder(code, unit, yearFrom, yearTo);
        rows.forEach(builder);
        return builder.build();
    }

    /**
     * Builds the comparison from rows handed in one at a time, keeping per unit, region, kind and year only the
     * statement chosen so far, so all targets of an indicator can stream past without being held.
     */
    public static final class Builder implements Consumer<TargetRow> {
        private final String code;
        private final String requestedUnit;
        private final Integer yearFrom;
        private final Integer yearTo;
        private final Map<String, Long> unitCounts = new HashMap<>();
        private final Map<String, Map<String, Long>> indicatorCounts = new HashMap<>();
        /** unit → region → candidates; region order is the order rows arrive in until sorted at the end. */
        private final Map<String, Map<String, RegionCells>> byUnit = new HashMap<>();

        public Builder(String code, String unit, Integer yearFrom, Integer yearTo) {
            this.code = code;
            this.requestedUnit = unit;
            this.yearFrom = yearFrom;
            this.yearTo = yearTo;
        }

        private static final class RegionCells {
            String regionCode;
            final Map<String, TargetRow> chosen = new HashMap<>();
        }

        @Override
        public void accept(TargetRow r) {
            if (!code.equals(r.code()) || r.year() == null || r.region() == null
                    || !(Target.TARGET.equals(r.kind()) || Target.ACHIEVEMENT.equals(r.kind()))
                    || requestedUnit != null && !requestedUnit.equals(r.unit())) {
                return;
            }
            String unit = r.unit() == null ? "" : r.unit();
            unitCounts.merge(unit, 1L, Long::sum);
            if (r.indicator() != null && !r.indicator().isBlank()) {
                indicatorCounts.computeIfAbsent(unit, u -> new HashMap<>()).merge(r.indicator(), 1L, Long::sum);
            }
            RegionCells cells = byUnit.computeIfAbsent(unit, u -> new HashMap<>())
                    .computeIfAbsent(r.region(), k -> new RegionCells());
            if (cells.regionCode == null) {
                cells.regionCode = r.regionCode();
            }
            cells.chosen.merge(r.kind() + "/" + r.year(), r, (a, b) -> preferred(a, b) <= 0 ? a : b);
        }

        /**
         * Of two statements of one kind for one year, the one from the report where it belongs (a target in the
         * report of its year, a result in the next year's report), then the smaller report id and position.
         */
        private static int preferred(TargetRow a, TargetRow b) {
            return Comparator.comparing((TargetRow r) -> r.reportYear() != null
                            && r.reportYear() == (Target.TARGET.equals(r.kind()) ? r.year() : r.year() + 1) ? 0 : 1)
                    .thenComparing(r -> r.reportId() == null ? "" : r.reportId())
                    .thenComparingInt(TargetRow::position)
                    .compare(a, b);
        }

        public TargetComparison build() {
            String unit = requestedUnit != null ? requestedUnit : mostFrequent(unitCounts).orElse(null);
            String key = unit == null ? "" : unit;
            Map<String, RegionCells> regions = byUnit.getOrDefault(key, Map.of());
            String indicator = mostFrequent(indicatorCounts.getOrDefault(key, Map.of())).orElse(null);

            TreeSet<Integer> years = new TreeSet<>();
            if (yearFrom != null && yearTo != null) {
                for (int y = yearFrom; y <= yearTo; y++) {
                    years.add(y);
                }
            } else {
                regions.values().forEach(c -> c.chosen.values().stream().map(TargetRow::year)
                        .filter(y -> (yearFrom == null || y >= yearFrom) && (yearTo == null || y <= yearTo))
                        .forEach(years::add));
            }
            List<RegionRow> regionRows = new ArrayList<>();
            regions.forEach((region, c) -> {
                List<Cell> cells = new ArrayList<>();
                for (int year : years) {
                    TargetRow target = c.chosen.get(Target.TARGET + "/" + year);
                    TargetRow achievement = c.chosen.get(Target.ACHIEVEMENT + "/" + year);
                    cells.add(new Cell(year, target == null ? null : Statement.of(target),
                            achievement == null ? null : Statement.of(achievement)));
                }
                regionRows.add(new RegionRow(region, c.regionCode, cells));
            });
            regionRows.sort(Comparator.comparing((RegionRow r) -> r.regionCode() == null ? "~" : r.regionCode())
                    .thenComparing(RegionRow::region));
            return new TargetComparison(code, indicator, unit, List.copyOf(years), regionRows);
        }
    }

    /** The most frequent value; ties go to the alphabetically first. */
    private static Optional<String> mostFrequent(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .filter(e -> !e.getKey().isBlank())
                .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey);
    }
}
