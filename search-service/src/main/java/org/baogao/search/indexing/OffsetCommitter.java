package org.baogao.search.indexing;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Commits what the {@link OffsetTracker} allows, always on the consumer's own thread (a Kafka consumer is
 * not thread-safe): after each record, on each quiet poll, and before partitions are taken away. The listener
 * container never commits by itself (ack mode MANUAL, nothing is ever acknowledged through it).
 */
public class OffsetCommitter implements ConsumerAwareRebalanceListener {
    private static final Logger log = LoggerFactory.getLogger(OffsetCommitter.class);
    private static final Duration COMMIT_TIMEOUT = Duration.ofSeconds(10);

    private final OffsetTracker tracker;

    public OffsetCommitter(OffsetTracker tracker) {
        this.tracker = tracker;
    }

    /** Commits every offset that became committable; a failed commit is tried again next time. */
    public void commitReady(Consumer<?, ?> consumer) {
        Map<TopicPartition, OffsetAndMetadata> ready = new HashMap<>(tracker.committable());
        ready.keySet().retainAll(consumer.assignment());
        if (ready.isEmpty()) {
            return;
        }
        try {
            consumer.commitSync(ready, COMMIT_TIMEOUT);
            tracker.committed(ready);
            log.debug("committed {}", ready);
        } catch (KafkaException e) {
            log.warn("commit of {} failed, will retry: {}", ready, e.toString());
        }
    }

    @Override
    public void onPartitionsRevokedBeforeCommit(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        commitReady(consumer);
        tracker.forget(partitions);
    }

    @Override
    public void onPartitionsLost(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        tracker.forget(partitions);
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        // Fresh ownership starts from the committed offset; nothing tracked from an earlier ownership applies.
        tracker.forget(partitions);
    }
}
