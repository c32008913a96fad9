package org.baogao.contracts;

import java.util.List;
import java.util.Map;

/**
 * Every Kafka topic of the pipeline. Services read topic names from here and nowhere else.
 *
 * <p>All report topics are keyed by {@code reportId} (sha256 of the raw bytes, lower-case hex), so one
 * report always lands on one partition and a re-sent file is the same record end to end.
 * The {@code .v1} suffix is the payload's major version: an incompatible payload gets a new topic.
 */
public final class Topics {
    /** Raw reports as accepted by ingest-service: {@link RawReport} JSON. */
    public static final String RAW = "baogao.reports.raw.v1";
    /** Enriched reports published by extract-service: {@link EnrichedReport} JSON. */
    public static final String ENRICHED = "baogao.reports.enriched.v1";
    /** Raw records extract-service could not process (value copied unchanged, reason in headers). */
    public static final String RAW_DEAD_LETTER = "baogao.reports.raw.v1.dlq";
    /** Enriched records search-service could not index (value copied unchanged, reason in headers). */
    public static final String ENRICHED_DEAD_LETTER = "baogao.reports.enriched.v1.dlq";
    /** Where each stage says what happened to a report: {@link ReportStatus} JSON, key {@link ReportStatus#key()}; compacted. */
    public static final String STATUS = "baogao.reports.status.v1";
    /** Reports that matched an analyst's watch, raised by search-service: {@link Alert} JSON, key {@code watchId}. */
    public static final String ALERTS = "baogao.alerts.v1";

    /** Default partition count; small because a report is a whole document, not an event stream. */
    public static final int DEFAULT_PARTITIONS = 3;

    /** Largest raw report accepted (bytes before JSON encoding). */
    public static final int MAX_REPORT_BYTES = 8 * 1024 * 1024;
    /** Broker/topic/producer record limit that fits a maximal report after base64 + metadata. */
    public static final int MAX_RECORD_BYTES = 16 * 1024 * 1024;

    public static List<String> all() {
        return List.of(RAW, ENRICHED, RAW_DEAD_LETTER, ENRICHED_DEAD_LETTER, STATUS, ALERTS);
    }

    /**
     * Topic-level configuration every service uses when it creates {@code topic}: large records
     * allowed everywhere (a report is a whole document), and the status topic compacted so it keeps
     * the latest word of each report for ever.
     */
    public static Map<String, String> configOf(String topic) {
        String maxBytes = Integer.toString(MAX_RECORD_BYTES);
        if (STATUS.equals(topic)) {
            return Map.of("cleanup.policy", "compact", "max.message.bytes", maxBytes);
        }
        return Map.of("max.message.bytes", maxBytes);
    }

    /** Dead-letter topic of the stage that consumes {@code topic}. */
    public static String deadLetterOf(String topic) {
        return topic + ".dlq";
    }

    private Topics() {
    }
}
