package org.baogao.contracts;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Why a stage gave up on a record, as the {@code baogao.dlq.*} headers of its dead-letter copy say it. Every
 * stage writes these headers through {@link #headers} and tools read them back through {@link #of}, so the
 * header set is spelt in one place.
 *
 * @param stage     the stage that gave up ({@link ReportStatus#STAGE_EXTRACT}, {@link ReportStatus#STAGE_SEARCH})
 * @param kind      the failure category
 * @param reason    what went wrong, for an operator; cut to {@link #MAX_REASON_CHARS}
 * @param exception class name of the exception behind it, for developers
 */
public record DeadLetterReason(String stage, FailureKind kind, String reason, String exception) {
    /** A reason longer than this (a whole stack of parser context) is cut, so headers stay small. */
    public static final int MAX_REASON_CHARS = 1000;

    public DeadLetterReason {
        reason = String.valueOf(reason);
        if (reason.length() > MAX_REASON_CHARS) {
            reason = reason.substring(0, MAX_REASON_CHARS) + "…";
        }
    }

    /** The words a FAILED {@link ReportStatus} carries: {@code KIND: reason}. */
    public String statusReason() {
        return kind + ": " + reason;
    }

    /** The dead-letter headers of a record read from {@code topic}/{@code partition} at {@code offset}. */
    public org.apache.kafka.common.header.Headers headers(String topic, int partition, long offset, Instant failedAt) {
        RecordHeaders headers = new RecordHeaders();
        add(headers, Headers.DLQ_STAGE, stage);
        add(headers, Headers.DLQ_KIND, kind.name());
        add(headers, Headers.DLQ_REASON, reason);
        add(headers, Headers.DLQ_EXCEPTION, exception);
        add(headers, Headers.DLQ_ORIGINAL_TOPIC, topic);
        add(headers, Headers.DLQ_ORIGINAL_PARTITION, Integer.toString(partition));
        add(headers, Headers.DLQ_ORIGINAL_OFFSET, Long.toString(offset));
        add(headers, Headers.DLQ_FAILED_AT, failedAt.toString());
        return headers;
    }

    /** The reason a dead-letter record carries, or {@code null} when it has no {@code baogao.dlq.kind} header. */
    public static DeadLetterReason of(org.apache.kafka.common.header.Headers headers) {
        String kind = last(headers, Headers.DLQ_KIND);
        if (kind == null) {
            return null;
        }
        return new DeadLetterReason(last(headers, Headers.DLQ_STAGE), FailureKind.valueOf(kind),
                last(headers, Headers.DLQ_REASON), last(headers, Headers.DLQ_EXCEPTION));
    }

    /** The value of the last {@code name} header as UTF-8 text, or {@code null}. */
    public static String last(org.apache.kafka.common.header.Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void add(RecordHeaders headers, String name, String value) {
        headers.add(name, String.valueOf(value).getBytes(StandardCharsets.UTF_8));
    }
}
