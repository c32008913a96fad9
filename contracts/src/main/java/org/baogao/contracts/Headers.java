package org.baogao.contracts;

/**
 * Kafka header names. Values are UTF-8 strings.
 *
 * <p>Dead-letter records carry the original value unchanged plus the {@code DLQ_*} headers, so a
 * dead-lettered report can be inspected and replayed without anything lost.
 */
public final class Headers {
    public static final String REPORT_ID = "baogao.report-id";
    public static final String SOURCE_NAME = "baogao.source-name";
    /** Which event type the value is (e.g. {@code RawReport}); lets tools read a topic without guessing. */
    public static final String PAYLOAD_TYPE = "baogao.payload-type";
    public static final String SCHEMA_VERSION = "baogao.schema-version";

    /** Stage that gave up on the record: {@code extract} or {@code search}. */
    public static final String DLQ_STAGE = "baogao.dlq.stage";
    /** Failure category, see {@link FailureKind}. */
    public static final String DLQ_KIND = "baogao.dlq.kind";
    /** Human-readable reason, safe to show an operator. */
    public static final String DLQ_REASON = "baogao.dlq.reason";
    /** Exception class that caused it, for developers. */
    public static final String DLQ_EXCEPTION = "baogao.dlq.exception";
    public static final String DLQ_ORIGINAL_TOPIC = "baogao.dlq.original-topic";
    public static final String DLQ_ORIGINAL_PARTITION = "baogao.dlq.original-partition";
    public static final String DLQ_ORIGINAL_OFFSET = "baogao.dlq.original-offset";
    public static final String DLQ_FAILED_AT = "baogao.dlq.failed-at";

    private Headers() {
    }
}
