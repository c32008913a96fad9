package org.baogao.search.indexing;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.errors.SerializationException;
import org.baogao.contracts.FailureKind;
import org.baogao.contracts.Headers;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.support.serializer.DeserializationException;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DeadLettersTest {
    // Only the header and reason logic is tested here: the template is never asked to send (publishing is
    // covered against a real broker in e2e-tests), so its factory points at no broker and creates no producer.
    private final DeadLetters deadLetters = new DeadLetters(new KafkaTemplate<>(new DefaultKafkaProducerFactory<String, Object>(
            Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9",
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))), "dlq",
            Duration.ofSeconds(1), Clock.fixed(Instant.parse("2026-11-22T03:00:00Z"), ZoneOffset.UTC),
            new io.micrometer.core.instrument.simple.SimpleMeterRegistry());

    @Test
    void anUndecodableValueIsAMalformedPayloadWithTheParsersMessage() {
        Exception e = new DeserializationException("failed to deserialize", "{\"x".getBytes(StandardCharsets.UTF_8), false,
                new SerializationException("not a EnrichedReport on t: Unexpected end-of-input"));
        assertThat(DeadLetters.kindOf(e)).isEqualTo(FailureKind.MALFORMED_PAYLOAD);
        assertThat(DeadLetters.reasonOf(e).reason()).contains("Unexpected end-of-input");
    }

    @Test
    void aRejectedDocumentKeepsElasticsearchsReason() {
        Exception e = new IndexRejectedException("document_parsing_exception: failed to parse field [publishedAt]");
        assertThat(DeadLetters.kindOf(e)).isEqualTo(FailureKind.REJECTED_BY_INDEX);
        assertThat(DeadLetters.reasonOf(e).reason()).isEqualTo("document_parsing_exception: failed to parse field [publishedAt]");
    }

    @Test
    void anythingElseIsAProcessingError() {
        Exception e = new ListenerExecutionFailedException("listener failed", new IllegalStateException("segmenter broke"));
        assertThat(DeadLetters.kindOf(e)).isEqualTo(FailureKind.PROCESSING_ERROR);
        assertThat(DeadLetters.reasonOf(e).reason()).isEqualTo("segmenter broke");
        assertThat(DeadLetters.reasonOf(new IllegalStateException("x".repeat(5000))).reason()).hasSizeLessThan(1100);
    }

    @Test
    void headersFollowTheContract() {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>("baogao.reports.enriched.v1", 2, 41L, "k", new byte[0]);
        var headers = deadLetters.reasonHeaders(record, new IndexRejectedException("mapper_parsing_exception: bad"));
        assertThat(value(headers, Headers.DLQ_STAGE)).isEqualTo("search");
        assertThat(value(headers, Headers.DLQ_KIND)).isEqualTo("REJECTED_BY_INDEX");
        assertThat(value(headers, Headers.DLQ_REASON)).isEqualTo("mapper_parsing_exception: bad");
        assertThat(value(headers, Headers.DLQ_EXCEPTION)).isEqualTo(IndexRejectedException.class.getName());
        assertThat(value(headers, Headers.DLQ_ORIGINAL_TOPIC)).isEqualTo("baogao.reports.enriched.v1");
        assertThat(value(headers, Headers.DLQ_ORIGINAL_PARTITION)).isEqualTo("2");
        assertThat(value(headers, Headers.DLQ_ORIGINAL_OFFSET)).isEqualTo("41");
        assertThat(value(headers, Headers.DLQ_FAILED_AT)).isEqualTo("2026-11-22T03:00:00Z");
    }

    private static String value(org.apache.kafka.common.header.Headers headers, String name) {
        return new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
