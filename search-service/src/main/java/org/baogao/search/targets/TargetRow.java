package org.baogao.search.targets;

/**
 * One target as a flat row: the statement and the report it comes from.
 *
 * @param region     name of the report's region
 * @param regionCode GB/T 2260 code of the report's region
 * @param year       year the target applies to
 * @param reportYear year of the report that states it
 */
public record TargetRow(String reportId, Source source, String region, String regionCode, Integer year, Integer reportYear,
                        String code, String indicator, Double value, Double min, Double max, String unit,
                        String comparator, String kind, String text) {

    public record Source(String name) {
    }
}
