package org.baogao.search.indexing;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.baogao.contracts.DeadLetterReason;
import org.baogao.contracts.FailureKind;
import org.baogao.contracts.ReportStatus;
import org.baogao.contracts.Topics;
import org.baogao.service.MetricNames;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.support.serializer.DeserializationException;

import java.time.Clock;
import java.time.Duration;

/**
 * Writes a record the search stage gave up on to {@link Topics#ENRICHED_DEAD_LETTER}: the original value
 * unchanged (for an undecodable payload, the bytes as received), keyed like the original, with the reason in
 * the contract's {@code DLQ_*} headers ({@link DeadLetterReason}). Publishing waits for the broker's acknowledgement, so a caller that
 * returns normally may let the record's offset be committed.
 */
public class DeadLetters {
    public static final String STAGE = ReportStatus.STAGE_SEARCH;

    private final DeadLetterPublishingRecoverer recoverer;
    private final Clock clock;
    private final MeterRegistry metrics;

    public DeadLetters(KafkaTemplate<String, Object> template, String topic, Duration timeout, Clock clock,
                       MeterRegistry metrics) {
        this.clock = clock;
        this.metrics = metrics;
        this.recoverer = new DeadLetterPublishingRecoverer(template, (record, e) -> new TopicPartition(topic, -1));
        recoverer.setAppendOriginalHeaders(true);
        recoverer.setFailIfSendResultIsError(true);
        recoverer.setWaitForSendResultTimeout(timeout);
        recoverer.setHeadersFunction(this::reasonHeaders);
    }

    /** Publishes and waits for the acknowledgement; throws if the broker did not take it. */
    public void publish(ConsumerRecord<?, ?> record, Exception reason) {
        recoverer.accept(record, reason);
        metrics.counter(MetricNames.DEAD_LETTERED, "stage", STAGE, "kind", kindOf(reason).name()).increment();
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

    /** The contract's reason of a failure of this stage, as its dead-letter headers and its FAILED status say it. */
    public static DeadLetterReason reasonOf(Throwable e) {
        return new DeadLetterReason(STAGE, kindOf(e), messageOf(e), rootOf(e).getClass().getName());
    }

    /**
     * The most telling message of a failure, for operators: the reason Elasticsearch gave, or for an
     * undecodable value the parser's own message rather than the wrapper's "failed to deserialize".
     */
    private static String messageOf(Throwable e) {
        String message = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null) {
                message = t.getMessage();
            }
            if (t instanceof IndexRejectedException || t == t.getCause()) {
                break;
            }
        }
        return message;
    }

    org.apache.kafka.common.header.Headers reasonHeaders(ConsumerRecord<?, ?> record, Exception e) {
        return reasonOf(e).headers(record.topic(), record.partition(), record.offset(), clock.instant());
    }

    private static Throwable rootOf(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
