package org.baogao.contracts;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class DeadLetterReasonTest {

    @Test
    void headersCarryEveryFieldAndReadBack() {
        DeadLetterReason reason = new DeadLetterReason("extract", FailureKind.NOT_TEXT, "binary: PNG", "x.NotText");
        var headers = reason.headers("baogao.reports.raw.v1", 2, 41L, Instant.parse("2026-11-22T03:00:00Z"));
        assertThat(DeadLetterReason.last(headers, Headers.DLQ_STAGE)).isEqualTo("extract");
        assertThat(DeadLetterReason.last(headers, Headers.DLQ_KIND)).isEqualTo("NOT_TEXT");
        assertThat(DeadLetterReason.last(headers, Headers.DLQ_REASON)).isEqualTo("binary: PNG");
        assertThat(DeadLetterReason.last(headers, Headers.DLQ_EXCEPTION)).isEqualTo("x.NotText");
        assertThat(DeadLetterReason.last(headers, Headers.DLQ_ORIGINAL_TOPIC)).isEqualTo("baogao.reports.raw.v1");
        assertThat(DeadLetterReason.last(headers, Headers.DLQ_ORIGINAL_PARTITION)).isEqualTo("2");
        assertThat(DeadLetterReason.last(headers, Headers.DLQ_ORIGINAL_OFFSET)).isEqualTo("41");
        assertThat(DeadLetterReason.last(headers, Headers.DLQ_FAILED_AT)).isEqualTo("2026-11-22T03:00:00Z");
        assertThat(DeadLetterReason.of(headers)).isEqualTo(reason);
        assertThat(reason.statusReason()).isEqualTo("NOT_TEXT: binary: PNG");
    }

    @Test
    void longReasonsAreCutAndMissingOnesSaySo() {
        assertThat(new DeadLetterReason("search", FailureKind.PROCESSING_ERROR, "x".repeat(5000), "E").reason())
                .hasSize(DeadLetterReason.MAX_REASON_CHARS + 1);
        assertThat(new DeadLetterReason("search", FailureKind.PROCESSING_ERROR, null, "E").reason()).isEqualTo("null");
        assertThat(DeadLetterReason.of(new RecordHeaders())).isNull();
    }
}
