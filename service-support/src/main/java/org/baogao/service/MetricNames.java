package org.baogao.service;

/**
 * The names of the pipeline's own metrics, in one place because operators' dashboards and alerts depend on them
 * ({@code /actuator/prometheus} shows them with dots as underscores and a unit suffix, e.g.
 * {@code baogao_reports_accepted_total}). Kafka consumer lag ({@code kafka_consumer_fetch_manager_records_lag_max}),
 * HTTP latency, search's included ({@code http_server_requests_seconds{uri="/api/search"}}) and the JVM come from Micrometer's own binders.
 */
public final class MetricNames {
    /** Reports ingest-service accepted (Kafka acknowledged them). */
    public static final String REPORTS_ACCEPTED = "baogao.reports.accepted";
    /** Reports ingest-service refused, tag {@code reason} = the problem type (empty_report, not_text, kafka_unavailable...). */
    public static final String REPORTS_REFUSED = "baogao.reports.refused";
    /**
     * Time one stage spent on one report, tag {@code stage}: {@code extract} = decoding, cleaning and analysis of one
     * raw report; {@code index} = from the enriched record's timestamp until Elasticsearch acknowledged it.
     */
    public static final String STAGE_DURATION = "baogao.stage.duration";
    /** Records a stage gave up on, tags {@code stage} and {@code kind} (the dead-letter {@code FailureKind}). */
    public static final String DEAD_LETTERED = "baogao.dead.lettered";
    /** Operations per Elasticsearch bulk request, tag {@code writer} = live | reindex. */
    public static final String BULK_SIZE = "baogao.bulk.size";
    /** Bulk requests or items that failed, tags {@code writer} and {@code outcome} = retry | rejected | fatal. */
    public static final String BULK_FAILURES = "baogao.bulk.failures";
    /** Requests refused for a missing or wrong API key. */
    public static final String UNAUTHORIZED = "baogao.requests.unauthorized";

    private MetricNames() {
    }
}
