package org.baogao.ingest.upload;

/**
 * Answer to an accepted upload: Kafka has acknowledged the report.
 *
 * @param reportId  sha256 of the bytes; the same file sent again gets the same id
 * @param name      file name as given
 * @param sizeBytes length of the bytes
 * @param statusUrl where to follow its progress
 * @param duplicate true if this instance already knew the report (it was published again, harmlessly)
 */
public record AcceptedReport(String reportId, String name, long sizeBytes, String statusUrl, boolean duplicate) {

    public static String statusPath(String reportId) {
        return "/api/reports/" + reportId;
    }
}
