package org.baogao.extract.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.baogao.contracts.DeadLetterReason;
import org.baogao.contracts.FailureKind;
import org.baogao.contracts.Headers;
import org.baogao.contracts.ReportStatus;
import org.baogao.contracts.TopicNames;
import org.baogao.extract.pipeline.UnprocessableReportException;
import org.baogao.service.MetricNames;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultAfterRollbackProcessor;
import org.springframework.util.backoff.ExponentialBackOff;

import java.time.Instant;

/**
 * The one place that sorts failures of the raw-report stage. The listener runs in a Kafka transaction, so a
 * failure first rolls back whatever it had sent; then:
 * <ul>
 *   <li>{@link UnprocessableReportException} (malformed payload, not text, pipeline error on this record):
 *       dead-lettered at once to the raw dead-letter topic with the original bytes and the reason in
 *       {@link Headers} {@code DLQ_*}, a FAILED status is published and the record's offset committed, all three
 *       in one new transaction: the partition never stalls behind a bad record;</li>
 *   <li>anything else (Kafka unreachable, publish not acknowledged): retried with exponential back-off and
 *       never dead-lettered, because the record itself is fine.</li>
 * </ul>
 */
public final class DeadLetterRouting {
    public static final String STAGE = ReportStatus.STAGE_EXTRACT;

    public static DefaultAfterRollbackProcessor<Object, Object> afterRollback(KafkaTemplate<String, byte[]> template,
            ReportPublisher publisher, TopicNames topics, ExtractProperties properties, MeterRegistry metrics) {
        DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(template,
                (record, e) -> new TopicPartition(topics.deadLetterOf(record.topic()), -1));
        deadLetters.setAppendOriginalHeaders(true);
        deadLetters.setHeadersFunction(DeadLetterRouting::reasonHeaders);
        ConsumerRecordRecoverer recoverer = (record, e) -> {
            deadLetters.accept(record, e);
            DeadLetterReason reason = reasonOf(e);
            metrics.counter(MetricNames.DEAD_LETTERED, "stage", STAGE, "kind", reason.kind().name()).increment();
            publisher.publishStatus(new ReportStatus(String.valueOf(record.key()), ReportStatus.State.FAILED, STAGE,
                    null, reason.statusReason(), Instant.now()));
        };
        ExponentialBackOff backOff = new ExponentialBackOff(500, 2.0);
        backOff.setMaxInterval(properties.maxRetryInterval().toMillis());
        @SuppressWarnings({"unchecked", "rawtypes"})
        DefaultAfterRollbackProcessor<Object, Object> processor = new DefaultAfterRollbackProcessor<>(recoverer, backOff,
                (KafkaTemplate) template, true);
        processor.addNotRetryableExceptions(UnprocessableReportException.class);
        return processor;
    }

    static org.apache.kafka.common.header.Headers reasonHeaders(ConsumerRecord<?, ?> record, Exception e) {
        return reasonOf(e).headers(record.topic(), record.partition(), record.offset(), Instant.now());
    }

    static DeadLetterReason reasonOf(Exception e) {
        UnprocessableReportException cause = unprocessable(e);
        FailureKind kind = cause == null ? FailureKind.PROCESSING_ERROR : cause.kind();
        Throwable root = cause == null ? e : cause;
        return new DeadLetterReason(STAGE, kind, root.getMessage(),
                (root.getCause() == null ? root : root.getCause()).getClass().getName());
    }

    static UnprocessableReportException unprocessable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnprocessableReportException u) {
                return u;
            }
        }
        return null;
    }

    private DeadLetterRouting() {
    }
}
