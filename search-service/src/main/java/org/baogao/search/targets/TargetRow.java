package org.baogao.search.targets;

/**
 * One target as a flat row: the statement and the report it comes from.
 *
 * @param region     name of the report's region
 * @param regionCode GB/T 2260 code of the report's region
 * @param year       year the target applies to
 * @param reportYear year of the report that states it
 * @param position   place of the target in its report's list of targets; with the report id, the row's identity
 */
public record TargetRow(String reportId, Source source, String region, String regionCode, Integer year, Integer reportYear,
                        String code, String indicator, Double value, Double min, Double max, String unit,
                        String comparator, String kind, String text, int position) {

    public record Source(String name) {
    }
}
