package org.baogao.search.indexing;

import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class OffsetTrackerTest {
    private static final TopicPartition P0 = new TopicPartition("baogao.reports.enriched.v1", 0);
    private static final TopicPartition P1 = new TopicPartition("baogao.reports.enriched.v1", 1);

    private final OffsetTracker tracker = new OffsetTracker();

    @Test
    void nothingIsCommittableBeforeAnythingFinished() {
        tracker.register(P0, 0);
        tracker.register(P0, 1);
        assertThat(tracker.committable()).isEmpty();
        assertThat(tracker.pendingCount()).isEqualTo(2);
    }

    @Test
    void onlyTheGapFreePrefixOfFinishedRecordsIsCommittable() {
        OffsetTracker.Pending o5 = tracker.register(P0, 5);
        OffsetTracker.Pending o6 = tracker.register(P0, 6);
        OffsetTracker.Pending o7 = tracker.register(P0, 7);
        // A later bulk request came back first.
        o7.complete();
        assertThat(tracker.committable()).isEmpty();
        o5.complete();
        assertThat(tracker.committable()).containsExactly(Map.entry(P0, new OffsetAndMetadata(6)));
        o6.complete();
        assertThat(tracker.committable()).containsExactly(Map.entry(P0, new OffsetAndMetadata(8)));
        assertThat(tracker.pendingCount()).isZero();
    }

    @Test
    void offsetGapsOfACompactedOrTransactionalTopicDoNotBlockCommits() {
        // Offsets 11..13 were compacted away, 15 is a transaction marker the consumer never sees.
        List<OffsetTracker.Pending> read = List.of(tracker.register(P0, 10), tracker.register(P0, 14), tracker.register(P0, 16));
        read.forEach(OffsetTracker.Pending::complete);
        assertThat(tracker.committable()).containsExactly(Map.entry(P0, new OffsetAndMetadata(17)));
    }

    @Test
    void partitionsAreIndependent() {
        OffsetTracker.Pending a = tracker.register(P0, 0);
        tracker.register(P1, 40);
        OffsetTracker.Pending c = tracker.register(P1, 41);
        a.complete();
        c.complete();
        assertThat(tracker.committable()).containsExactly(Map.entry(P0, new OffsetAndMetadata(1)));
    }

    @Test
    void committedOffsetsAreNotOfferedAgain() {
        tracker.register(P0, 0).complete();
        Map<TopicPartition, OffsetAndMetadata> first = tracker.committable();
        tracker.committed(first);
        assertThat(tracker.committable()).isEmpty();
        tracker.register(P0, 1).complete();
        assertThat(tracker.committable()).containsExactly(Map.entry(P0, new OffsetAndMetadata(2)));
    }

    @Test
    void aFailedCommitIsOfferedAgain() {
        tracker.register(P0, 0).complete();
        assertThat(tracker.committable()).hasSize(1);
        // commit threw: committed(..) never called
        assertThat(tracker.committable()).containsExactly(Map.entry(P0, new OffsetAndMetadata(1)));
    }

    @Test
    void aRedeliveredRecordGetsItsExistingHandle() {
        OffsetTracker.Pending first = tracker.register(P0, 3);
        tracker.register(P0, 4);
        OffsetTracker.Pending again = tracker.register(P0, 3);
        assertThat(again).isSameAs(first);
        again.complete();
        assertThat(tracker.committable()).containsExactly(Map.entry(P0, new OffsetAndMetadata(4)));
    }

    @Test
    void aRedeliveredRecordThatAlreadyFinishedCannotMoveAnything() {
        tracker.register(P0, 3).complete();
        OffsetTracker.Pending four = tracker.register(P0, 4);
        assertThat(tracker.committable()).containsExactly(Map.entry(P0, new OffsetAndMetadata(4)));
        OffsetTracker.Pending stale = tracker.register(P0, 3);
        stale.complete();
        assertThat(four.isComplete()).isFalse();
        assertThat(tracker.committable()).containsExactly(Map.entry(P0, new OffsetAndMetadata(4)));
    }

    @Test
    void aForgottenPartitionIgnoresLateCompletionsAndStartsAfresh() {
        OffsetTracker.Pending inFlight = tracker.register(P0, 100);
        tracker.forget(List.of(P0));
        inFlight.complete();
        assertThat(tracker.committable()).isEmpty();
        // Assigned again later: reading restarts at the committed offset.
        OffsetTracker.Pending reread = tracker.register(P0, 100);
        assertThat(reread).isNotSameAs(inFlight);
        assertThat(tracker.committable()).isEmpty();
        reread.complete();
        assertThat(tracker.committable()).containsExactly(Map.entry(P0, new OffsetAndMetadata(101)));
    }

    @Test
    void pendingBytesCountUnfinishedRecordsOnly() {
        OffsetTracker.Pending big = tracker.register(P0, 0, 3_000_000);
        tracker.register(P0, 1, 50_000);
        assertThat(tracker.pendingBytes()).isEqualTo(3_050_000);
        big.complete();
        assertThat(tracker.pendingBytes()).isEqualTo(50_000);
    }

    @Test
    void completionsFromManyThreadsEndInTheRightOffset() throws Exception {
        int n = 2000;
        List<OffsetTracker.Pending> all = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.add(tracker.register(P1, i * 2L));
        }
        java.util.Collections.shuffle(all, new java.util.Random(7));
        List<Thread> threads = new java.util.ArrayList<>();
        for (int t = 0; t < 4; t++) {
            List<OffsetTracker.Pending> slice = all.subList(t * n / 4, (t + 1) * n / 4);
            Thread thread = new Thread(() -> slice.forEach(OffsetTracker.Pending::complete));
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(tracker.committable()).containsExactly(Map.entry(P1, new OffsetAndMetadata((n - 1) * 2L + 1)));
    }
}
