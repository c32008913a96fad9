package org.baogao.search.targets;

import org.baogao.contracts.Target;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

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

    /** A value as stated: a single number or a range, with where it was said. */
    public record Statement(Double value, Double min, Double max, String comparator, String reportId, Integer reportYear,
                            String text) {
        static Statement of(TargetRow row) {
            return new Statement(row.value(), row.min(), row.max(), row.comparator(), row.reportId(), row.reportYear(), row.text());
        }
    }

    public static TargetComparison of(String code, String unit, Integer yearFrom, Integer yearTo, List<TargetRow> rows) {
        List<TargetRow> usable = rows.stream()
                .filter(r -> code.equals(r.code()) && r.year() != null && r.region() != null)
                .filter(r -> Target.TARGET.equals(r.kind()) || Target.ACHIEVEMENT.equals(r.kind()))
                .toList();
        String chosenUnit = unit != null ? unit : mostFrequent(usable, TargetRow::unit).orElse(null);
        List<TargetRow> inUnit = usable.stream().filter(r -> chosenUnit == null || chosenUnit.equals(r.unit())).toList();
        String indicator = mostFrequent(inUnit, TargetRow::indicator).orElse(null);

        TreeSet<Integer> years = new TreeSet<>();
        if (yearFrom != null && yearTo != null) {
            for (int y = yearFrom; y <= yearTo; y++) {
                years.add(y);
            }
        } else {
            inUnit.stream().map(TargetRow::year)
                    .filter(y -> (yearFrom == null || y >= yearFrom) && (yearTo == null || y <= yearTo))
                    .forEach(years::add);
        }

        Map<String, List<TargetRow>> byRegion = inUnit.stream().collect(Collectors.groupingBy(TargetRow::region,
                LinkedHashMap::new, Collectors.toList()));
        List<RegionRow> regionRows = new ArrayList<>();
        byRegion.forEach((region, regionRows0) -> {
            List<Cell> cells = new ArrayList<>();
            for (int year : years) {
                Statement target = pick(regionRows0, Target.TARGET, year, year).orElse(null);
                Statement achievement = pick(regionRows0, Target.ACHIEVEMENT, year, year + 1).orElse(null);
                cells.add(new Cell(year, target, achievement));
            }
            regionRows.add(new RegionRow(region, regionRows0.get(0).regionCode(), cells));
        });
        regionRows.sort(Comparator.comparing((RegionRow r) -> r.regionCode() == null ? "~" : r.regionCode())
                .thenComparing(RegionRow::region));
        return new TargetComparison(code, indicator, chosenUnit, List.copyOf(years), regionRows);
    }

    /** The statement of that kind for that year, preferring the report of the year where it belongs. */
    private static Optional<Statement> pick(List<TargetRow> rows, String kind, int year, int preferredReportYear) {
        return rows.stream()
                .filter(r -> kind.equals(r.kind()) && r.year() == year)
                .min(Comparator.comparing((TargetRow r) -> r.reportYear() != null && r.reportYear() == preferredReportYear ? 0 : 1)
                        .thenComparing(r -> r.reportId() == null ? "" : r.reportId()))
                .map(Statement::of);
    }

    private static Optional<String> mostFrequent(List<TargetRow> rows, Function<TargetRow, String> field) {
        return rows.stream().map(field).filter(v -> v != null && !v.isBlank())
                .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()))
                .entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey);
    }
}
