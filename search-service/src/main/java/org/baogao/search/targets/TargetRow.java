package org.baogao.search.targets;

/**
 * One target as a flat row: the statement and the report it comes from.
 *
 * @param region     name of the report's region
 * @param regionCode GB/T 2260 code of the report's region
 * @param year       year the target applies to
 * @param reportYear year of the report that states it
 * @param text       the clause the number is in
 * @param position   place of the target in its report's list of targets; with the report id, the row's identity
 * @param start      offset of the clause in the report text
 * @param end        offset after the clause
 * @param page       page of the source document the clause starts on, where the source had pages
 * @param sentence   the whole sentence it was stated in (null for reports indexed before sentences were kept)
 * @param link       the page's address of the report opened at that sentence, highlighted (relative to the service)
 */
public record TargetRow(String reportId, Source source, String region, String regionCode, Integer year, Integer reportYear,
                        String code, String indicator, Double value, Double min, Double max, String unit,
                        String comparator, String kind, String text, int position, Integer start, Integer end,
                        Integer page, String sentence, String link) {

    public record Source(String name) {
    }

    /** The page's address of a report with the text from {@code start} to {@code end} highlighted. */
    public static String link(String reportId, Integer start, Integer end) {
        String at = start == null || end == null ? "" : "?at=" + start + "-" + end;
        return "/#/report/" + java.net.URLEncoder.encode(reportId, java.nio.charset.StandardCharsets.UTF_8) + at;
    }
}
