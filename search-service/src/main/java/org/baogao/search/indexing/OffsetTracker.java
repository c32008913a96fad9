package org.baogao.search.indexing;

import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * The one place that decides which Kafka offsets may be committed.
 *
 * <p>Delivery guarantee of the indexer: <b>at least once</b>. A record's offset becomes committable only when
 * its outcome is durable — Elasticsearch acknowledged the document, or the record was written to the dead-letter
 * topic — and only when every earlier record of the same partition is durable too. Bulk requests and retries
 * finish out of order; the committed offset only ever moves over a gap-free prefix of finished records. After a
 * crash or rebalance the records past the committed offset are read again and indexed again, which is harmless
 * because the document id is the report id (idempotent writes).
 *
 * <p>Usage: the consumer thread {@link #register registers} each record in offset order before handing it on;
 * whoever learns the outcome calls {@link Pending#complete()} from any thread; the consumer thread asks for
 * {@link #committable()} offsets, commits them, and reports them back with {@link #committed}.
 */
public final class OffsetTracker {

    /** One registered record; complete it when its outcome is durable. */
    public static final class Pending {
        private final TopicPartition partition;
        private final long offset;
        private final long bytes;
        private volatile boolean done;

        private Pending(TopicPartition partition, long offset, long bytes) {
            this.partition = partition;
            this.offset = offset;
            this.bytes = bytes;
        }

        public void complete() {
            done = true;
        }

        public boolean isComplete() {
            return done;
        }

        public TopicPartition partition() {
            return partition;
        }

        public long offset() {
            return offset;
        }

        @Override
        public String toString() {
            return partition + "@" + offset + (done ? " done" : " pending");
        }
    }

    private static final class PartitionState {
        final Deque<Pending> inOrder = new ArrayDeque<>();
        long newestRegistered = -1;
        /** Offset to commit next (last finished of the gap-free prefix + 1), -1 while nothing finished. */
        long nextToCommit = -1;
        long committed = -1;
    }

    private final Map<TopicPartition, PartitionState> partitions = new HashMap<>();

    /**
     * Registers a record read from Kafka. Offsets of one partition arrive in increasing order, with gaps
     * (compaction, transaction markers). An offset at or below the newest one registered is the same record
     * delivered again (a retry after an error or a seek): it gets the handle it already has, or, when that was
     * already finished and forgotten, a detached handle whose completion changes nothing.
     */
    public synchronized Pending register(TopicPartition partition, long offset) {
        return register(partition, offset, 0);
    }

    /** {@link #register(TopicPartition, long)} of a record that holds {@code bytes} of memory until it is finished. */
    public synchronized Pending register(TopicPartition partition, long offset, long bytes) {
        PartitionState state = partitions.computeIfAbsent(partition, p -> new PartitionState());
        if (offset > state.newestRegistered) {
            Pending pending = new Pending(partition, offset, bytes);
            state.inOrder.addLast(pending);
            state.newestRegistered = offset;
            return pending;
        }
        for (Pending pending : state.inOrder) {
            if (pending.offset == offset) {
                return pending;
            }
        }
        return new Pending(partition, offset, 0);
    }

    /** Offsets that may be committed now and were not committed yet: per partition, the next offset to read. */
    public synchronized Map<TopicPartition, OffsetAndMetadata> committable() {
        Map<TopicPartition, OffsetAndMetadata> result = new HashMap<>();
        partitions.forEach((partition, state) -> {
            advance(state);
            if (state.nextToCommit > state.committed) {
                result.put(partition, new OffsetAndMetadata(state.nextToCommit));
            }
        });
        return result;
    }

    /** Tells the tracker which offsets the broker accepted. */
    public synchronized void committed(Map<TopicPartition, OffsetAndMetadata> offsets) {
        offsets.forEach((partition, offset) -> {
            PartitionState state = partitions.get(partition);
            if (state != null && offset.offset() > state.committed) {
                state.committed = offset.offset();
            }
        });
    }

    /**
     * Drops all state of partitions this consumer no longer owns. Records still in flight for them finish
     * without effect; the partition's next owner reads them again from the committed offset.
     */
    public synchronized void forget(Collection<TopicPartition> revoked) {
        revoked.forEach(partitions::remove);
    }

    /** Records registered and not yet finished, over all partitions. */
    public synchronized int pendingCount() {
        int count = 0;
        for (PartitionState state : partitions.values()) {
            advance(state);
            for (Pending pending : state.inOrder) {
                if (!pending.done) {
                    count++;
                }
            }
        }
        return count;
    }

    /** Memory held by registered, unfinished records, as registered. */
    public synchronized long pendingBytes() {
        long bytes = 0;
        for (PartitionState state : partitions.values()) {
            advance(state);
            for (Pending pending : state.inOrder) {
                if (!pending.done) {
                    bytes += pending.bytes;
                }
            }
        }
        return bytes;
    }

    private static void advance(PartitionState state) {
        Iterator<Pending> it = state.inOrder.iterator();
        while (it.hasNext()) {
            Pending head = it.next();
            if (!head.done) {
                return;
            }
            it.remove();
            state.nextToCommit = head.offset + 1;
        }
    }
}
