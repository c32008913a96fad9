package org.baogao.search.reindex;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * Reads the enriched topic for a reindex with a consumer of its own: partitions assigned, not subscribed, and no
 * consumer group, so nothing is committed and the live indexer's group is never touched or rebalanced.
 */
final class EnrichedTopicReader implements AutoCloseable {
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration METADATA = Duration.ofSeconds(30);

    /** What the reindex does with one record of the range. */
    interface RecordHandler {
        void accept(ConsumerRecord<String, byte[]> record) throws InterruptedException;
    }

    private final Consumer<String, byte[]> consumer;
    private final String topic;
    private final Duration stallTimeout;
    private final Clock clock;

    EnrichedTopicReader(Consumer<String, byte[]> consumer, String topic, Duration stallTimeout, Clock clock) {
        this.consumer = consumer;
        this.topic = topic;
        this.stallTimeout = stallTimeout;
        this.clock = clock;
    }

    /** From the log start of every partition to the end offsets as of now. */
    OffsetRange wholeTopic() {
        List<TopicPartition> partitions = partitions();
        return OffsetRange.of(consumer.beginningOffsets(partitions, METADATA), consumer.endOffsets(partitions, METADATA));
    }

    /** What was appended since {@code previous} was captured, up to the end offsets as of now. */
    OffsetRange since(OffsetRange previous) {
        List<TopicPartition> partitions = partitions();
        return OffsetRange.after(previous, consumer.beginningOffsets(partitions, METADATA),
                consumer.endOffsets(partitions, METADATA));
    }

    private List<TopicPartition> partitions() {
        List<PartitionInfo> infos = consumer.partitionsFor(topic, METADATA);
        if (infos == null || infos.isEmpty()) {
            throw new IllegalStateException("topic " + topic + " does not exist");
        }
        return infos.stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
    }

    /**
     * Hands every record of {@code range} to {@code handler}, partition by partition in offset order. Fails with a
     * {@link TimeoutException} when the position stops moving for the stall timeout (broker gone, records missing).
     */
    void read(OffsetRange range, RecordHandler handler) throws InterruptedException, TimeoutException {
        Set<TopicPartition> remaining = new HashSet<>();
        for (TopicPartition partition : range.from().keySet()) {
            if (!range.isEmpty(partition)) {
                remaining.add(partition);
            }
        }
        if (remaining.isEmpty()) {
            return;
        }
        consumer.assign(remaining);
        for (TopicPartition partition : remaining) {
            consumer.seek(partition, range.from().get(partition));
        }
        Instant lastProgress = clock.instant();
        while (!remaining.isEmpty()) {
            if (Thread.interrupted()) {
                throw new InterruptedException("reindex stopped");
            }
            var records = consumer.poll(POLL);
            for (ConsumerRecord<String, byte[]> record : records) {
                TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                if (range.contains(partition, record.offset())) {
                    handler.accept(record);
                }
            }
            if (!records.isEmpty()) {
                lastProgress = clock.instant();
            }
            List<TopicPartition> finished = new ArrayList<>();
            for (TopicPartition partition : remaining) {
                // The position passes compaction gaps and transaction markers that no record stands for.
                if (range.isReadUpTo(partition, consumer.position(partition))) {
                    finished.add(partition);
                }
            }
            if (!finished.isEmpty()) {
                finished.forEach(remaining::remove);
                consumer.pause(finished);
                lastProgress = clock.instant();
            }
            if (!remaining.isEmpty() && clock.instant().isAfter(lastProgress.plus(stallTimeout))) {
                throw new TimeoutException("no progress reading " + remaining + " for " + stallTimeout);
            }
        }
        consumer.assign(List.of());
    }

    @Override
    public void close() {
        consumer.close();
    }
}
