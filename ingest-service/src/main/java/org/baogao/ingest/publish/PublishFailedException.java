package org.baogao.ingest.publish;

/** Kafka did not acknowledge a raw report in time; the report is not accepted and may be sent again. */
public class PublishFailedException extends Exception {
    private final String reportId;

    public PublishFailedException(String reportId, String reason, Throwable cause) {
        super(reason, cause);
        this.reportId = reportId;
    }

    public String reportId() {
        return reportId;
    }
}
