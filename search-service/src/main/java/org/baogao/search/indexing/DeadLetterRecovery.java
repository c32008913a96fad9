package org.baogao.search.indexing;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.baogao.contracts.ReportIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;

/**
 * Recovery of a record the listener could not take (undecodable value, or the document could not be built
 * after retries): dead-letter it, say FAILED on the status topic, then complete its offset in the
 * {@link OffsetTracker} — the error handler itself commits nothing, so the tracker stays the only judge.
 */
public class DeadLetterRecovery implements ConsumerRecordRecoverer {
    private static final Logger log = LoggerFactory.getLogger(DeadLetterRecovery.class);

    private final OffsetTracker tracker;
    private final DeadLetters deadLetters;
    private final StatusPublisher status;

    public DeadLetterRecovery(OffsetTracker tracker, DeadLetters deadLetters, StatusPublisher status) {
        this.tracker = tracker;
        this.deadLetters = deadLetters;
        this.status = status;
    }

    @Override
    public void accept(ConsumerRecord<?, ?> record, Exception e) {
        OffsetTracker.Pending pending = tracker.register(new TopicPartition(record.topic(), record.partition()), record.offset());
        deadLetters.publish(record, e);
        String reason = DeadLetters.reasonOf(e).statusReason();
        log.warn("record {}-{}@{} dead-lettered: {}", record.topic(), record.partition(), record.offset(), reason);
        Object key = record.key();
        if (key instanceof String id && ReportIds.isWellFormed(id)) {
            status.failed(id, null, reason).whenComplete((r, x) -> pending.complete());
        } else {
            pending.complete();
        }
    }
}
