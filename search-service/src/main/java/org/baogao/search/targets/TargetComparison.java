package org.baogao.search.targets;

import org.baogao.contracts.Target;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

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
        /** The number to compare: the value, or the middle of a range; null when neither is stated. */
        public Double midpoint() {
            if (value != null) {
                return value;
            }
            if (min != null && max != null) {
                return (min + max) / 2;
            }
            return min != null ? min : max;
        }
    }

    /**
     * The statement chosen for one region, kind and year (by Elasticsearch, see {@link TargetComparisonSearch}).
     *
     * @param regionCode the region's code (the smallest of its statements' codes), null when none states one
     */
    public record Choice(String region, String regionCode, String kind, int year, Statement statement) {
    }

    /**
     * The table of the chosen statements: one row per region, sorted by code (regions without one last) and name,
     * one column per year: every year from {@code yearFrom} to {@code yearTo} when both are given, else the years
     * that have a statement.
     */
    public static TargetComparison of(String code, String indicator, String unit, Integer yearFrom, Integer yearTo,
                                      List<Choice> chosen) {
        TreeSet<Integer> years = new TreeSet<>();
        if (yearFrom != null && yearTo != null) {
            for (int y = yearFrom; y <= yearTo; y++) {
                years.add(y);
            }
        } else {
            chosen.stream().map(Choice::year)
                    .filter(y -> (yearFrom == null || y >= yearFrom) && (yearTo == null || y <= yearTo))
                    .forEach(years::add);
        }
        Map<String, Map<String, Statement>> byRegion = new LinkedHashMap<>();
        Map<String, String> codes = new HashMap<>();
        for (Choice c : chosen) {
            byRegion.computeIfAbsent(c.region(), r -> new HashMap<>()).put(c.kind() + "/" + c.year(), c.statement());
            if (c.regionCode() != null) {
                codes.putIfAbsent(c.region(), c.regionCode());
            }
        }
        List<RegionRow> regionRows = new ArrayList<>();
        byRegion.forEach((region, statements) -> {
            List<Cell> cells = new ArrayList<>();
            for (int year : years) {
                cells.add(new Cell(year, statements.get(Target.TARGET + "/" + year), statements.get(Target.ACHIEVEMENT + "/" + year)));
            }
            regionRows.add(new RegionRow(region, codes.get(region), cells));
        });
        regionRows.sort(Comparator.comparing((RegionRow r) -> r.regionCode() == null ? "~" : r.regionCode())
                .thenComparing(RegionRow::region));
        return new TargetComparison(code, indicator, unit, List.copyOf(years), regionRows);
    }

    /**
     * The unit a comparison is in when none is asked for: the one most statements are in; null when none states
     * a unit.
     */
    static String mostFrequentUnit(Map<String, Long> statementsPerUnit) {
        return mostFrequent(statementsPerUnit).orElse(null);
    }

    /** The most frequent value; ties go to the alphabetically first. */
    static Optional<String> mostFrequent(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .filter(e -> !e.getKey().isBlank())
                .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey);
    }
}
