package org.baogao.search.ingest;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.baogao.contracts.FailureKind;
import org.baogao.contracts.Headers;
import org.baogao.contracts.ReportStatus;
import org.baogao.contracts.Topics;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.support.serializer.DeserializationException;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

/**
 * Writes a record the search stage gave up on to {@link Topics#ENRICHED_DEAD_LETTER}: the original value
 * unchanged (for an undecodable payload, the bytes as received), keyed like the original, with the reason in
 * the contract's {@code DLQ_*} headers. Publishing waits for the broker's acknowledgement, so a caller that
 * returns normally may let the record's offset be committed.
 */
public class DeadLetters {
    public static final String STAGE = ReportStatus.STAGE_SEARCH;
    private static final int MAX_REASON = 1000;

    private final DeadLetterPublishingRecoverer recoverer;
    private final Clock clock;

    public DeadLetters(KafkaTemplate<String, Object> template, String topic, Duration timeout, Clock clock) {
        this.clock = clock;
        this.recoverer = new DeadLetterPublishingRecoverer(template, (record, e) -> new TopicPartition(topic, -1));
        recoverer.setAppendOriginalHeaders(true);
        recoverer.setFailIfSendResultIsError(true);
        recoverer.setWaitForSendResultTimeout(timeout);
        recoverer.setHeadersFunction(this::reasonHeaders);
    }

    /** Publishes and waits for the acknowledgement; throws if the broker did not take it. */
    public void publish(ConsumerRecord<?, ?> record, Exception reason) {
        recoverer.accept(record, reason);
    }

    public static FailureKind kindOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DeserializationException || t instanceof org.apache.kafka.common.errors.SerializationException) {
                return FailureKind.MALFORMED_PAYLOAD;
            }
            if (t instanceof IndexRejectedException) {
                return FailureKind.REJECTED_BY_INDEX;
            }
        }
        return FailureKind.PROCESSING_ERROR;
    }

    /**
     * The most telling message of a failure, for operators: the reason Elasticsearch gave, or for an
     * undecodable value the parser's own message rather than the wrapper's "failed to deserialize".
     */
    public static String reasonOf(Throwable e) {
        String message = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null) {
                message = t.getMessage();
            }
            if (t instanceof IndexRejectedException || t == t.getCause()) {
                break;
            }
        }
        message = String.valueOf(message);
        return message.length() > MAX_REASON ? message.substring(0, MAX_REASON) + "…" : message;
    }

    org.apache.kafka.common.header.Headers reasonHeaders(ConsumerRecord<?, ?> record, Exception e) {
        RecordHeaders headers = new RecordHeaders();
        add(headers, Headers.DLQ_STAGE, STAGE);
        add(headers, Headers.DLQ_KIND, kindOf(e).name());
        add(headers, Headers.DLQ_REASON, reasonOf(e));
        add(headers, Headers.DLQ_EXCEPTION, rootOf(e).getClass().getName());
        add(headers, Headers.DLQ_ORIGINAL_TOPIC, record.topic());
        add(headers, Headers.DLQ_ORIGINAL_PARTITION, Integer.toString(record.partition()));
        add(headers, Headers.DLQ_ORIGINAL_OFFSET, Long.toString(record.offset()));
        add(headers, Headers.DLQ_FAILED_AT, clock.instant().toString());
        return headers;
    }

    private static Throwable rootOf(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private static void add(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
