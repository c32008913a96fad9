package org.baogao.search.reindex;

import org.apache.kafka.common.TopicPartition;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which records of a topic one reindex step reads: per partition, from an offset (inclusive) until an offset
 * (exclusive). The "until" side is captured before reading starts, so a step ends even while the topic grows.
 *
 * @param from  first offset to read, per partition
 * @param until first offset not to read, per partition (an end offset as the broker reported it)
 */
record OffsetRange(Map<TopicPartition, Long> from, Map<TopicPartition, Long> until) {

    OffsetRange {
        from = Map.copyOf(from);
        until = Map.copyOf(until);
        if (!from.keySet().equals(until.keySet())) {
            throw new IllegalArgumentException("from and until name different partitions: " + from.keySet() + " / " + until.keySet());
        }
    }

    /** Everything from the log start up to the end offsets. */
    static OffsetRange of(Map<TopicPartition, Long> beginnings, Map<TopicPartition, Long> ends) {
        return new OffsetRange(beginnings, ends);
    }

    /**
     * What was appended after {@code previous}: from where it stopped (or the log start of a partition that is
     * new, or whose older records were deleted meanwhile) up to the new end offsets.
     */
    static OffsetRange after(OffsetRange previous, Map<TopicPartition, Long> beginnings, Map<TopicPartition, Long> ends) {
        Map<TopicPartition, Long> from = new LinkedHashMap<>();
        for (TopicPartition partition : ends.keySet()) {
            long start = beginnings.getOrDefault(partition, 0L);
            long stoppedAt = previous.until().getOrDefault(partition, start);
            from.put(partition, Math.min(Math.max(start, stoppedAt), ends.get(partition)));
        }
        return new OffsetRange(from, ends);
    }

    /** Offsets in the range: the records it holds, or more when compaction or transaction markers left gaps. */
    long size() {
        long size = 0;
        for (var entry : until.entrySet()) {
            size += Math.max(0, entry.getValue() - from.get(entry.getKey()));
        }
        return size;
    }

    /** Sum of the end offsets ("how far the topic went" when the range was captured). */
    long endOffsetSum() {
        return until.values().stream().mapToLong(Long::longValue).sum();
    }

    boolean isEmpty(TopicPartition partition) {
        return from.get(partition) >= until.get(partition);
    }

    /** Whether a record at {@code offset} belongs to this range. */
    boolean contains(TopicPartition partition, long offset) {
        Long start = from.get(partition);
        return start != null && offset >= start && offset < until.get(partition);
    }

    /** Whether a consumer whose next offset is {@code position} has read all of the partition's part. */
    boolean isReadUpTo(TopicPartition partition, long position) {
        return position >= until.get(partition);
    }
}
