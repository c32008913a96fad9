package org.baogao.contracts;

import java.time.Instant;

/**
 * What a stage did with a report. Value of {@link Topics#STATUS}, keyed by {@link #key()} so that
 * compaction keeps the latest word of every stage on every report. Ingest-service folds these into the
 * answer of {@code GET /api/reports/{id}}.
 *
 * @param reportId   the report
 * @param state      {@link State}
 * @param stage      who says so: {@code ingest}, {@code extract}, {@code search}
 * @param sourceName file name as given
 * @param reason     why it failed (null unless FAILED)
 * @param at         when
 */
public record ReportStatus(String reportId, State state, String stage, String sourceName, String reason, Instant at) {
    public enum State {
        ACCEPTED, ENRICHED, INDEXED, FAILED;

        /** Later states win over earlier ones when statuses arrive out of order. */
        public boolean supersedes(State other) {
            return other == null || this == FAILED || (other != FAILED && ordinal() >= other.ordinal());
        }
    }

    /** Kafka key on {@link Topics#STATUS}: {@code reportId/stage}. */
    public String key() {
        return reportId + "/" + stage;
    }

    public static final String STAGE_INGEST = "ingest";
    public static final String STAGE_EXTRACT = "extract";
    public static final String STAGE_SEARCH = "search";
}
