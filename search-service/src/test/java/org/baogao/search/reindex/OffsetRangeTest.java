package org.baogao.search.reindex;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OffsetRangeTest {
    private static final TopicPartition P0 = new TopicPartition("enriched", 0);
    private static final TopicPartition P1 = new TopicPartition("enriched", 1);
    private static final TopicPartition P2 = new TopicPartition("enriched", 2);

    @Test
    void wholeTopicRangeCountsOffsetsFromLogStartToEnd() {
        OffsetRange range = OffsetRange.of(Map.of(P0, 0L, P1, 5L), Map.of(P0, 7L, P1, 9L));

        assertThat(range.size()).isEqualTo(7 + 4);
        assertThat(range.endOffsetSum()).isEqualTo(16);
        assertThat(range.contains(P0, 0)).isTrue();
        assertThat(range.contains(P0, 6)).isTrue();
        assertThat(range.contains(P0, 7)).as("the end offset is the next record, not read").isFalse();
        assertThat(range.contains(P1, 4)).as("below the log start").isFalse();
        assertThat(range.contains(P2, 0)).as("a partition the range does not know").isFalse();
    }

    @Test
    void aPartitionIsReadOnceThePositionReachesItsEndEvenOverGaps() {
        OffsetRange range = OffsetRange.of(Map.of(P0, 0L), Map.of(P0, 10L));

        assertThat(range.isReadUpTo(P0, 9)).isFalse();
        assertThat(range.isReadUpTo(P0, 10)).isTrue();
        // a transaction marker or compaction can move the position past the captured end
        assertThat(range.isReadUpTo(P0, 11)).isTrue();
    }

    @Test
    void emptyPartitionsNeedNoReading() {
        OffsetRange range = OffsetRange.of(Map.of(P0, 0L, P1, 3L), Map.of(P0, 0L, P1, 3L));

        assertThat(range.isEmpty(P0)).isTrue();
        assertThat(range.isEmpty(P1)).isTrue();
        assertThat(range.size()).isZero();
    }

    @Test
    void catchUpStartsWhereTheCopyStopped() {
        OffsetRange copied = OffsetRange.of(Map.of(P0, 0L, P1, 0L), Map.of(P0, 7L, P1, 3L));

        OffsetRange rest = OffsetRange.after(copied, Map.of(P0, 0L, P1, 0L), Map.of(P0, 9L, P1, 3L));

        assertThat(rest.from()).isEqualTo(Map.of(P0, 7L, P1, 3L));
        assertThat(rest.until()).isEqualTo(Map.of(P0, 9L, P1, 3L));
        assertThat(rest.size()).isEqualTo(2);
        assertThat(rest.contains(P0, 6)).as("copied already").isFalse();
        assertThat(rest.contains(P0, 7)).isTrue();
        assertThat(rest.isEmpty(P1)).isTrue();
    }

    @Test
    void catchUpReadsAPartitionAddedMeanwhileFromItsStart() {
        OffsetRange copied = OffsetRange.of(Map.of(P0, 0L), Map.of(P0, 4L));

        OffsetRange rest = OffsetRange.after(copied, Map.of(P0, 0L, P2, 0L), Map.of(P0, 4L, P2, 2L));

        assertThat(rest.from()).isEqualTo(Map.of(P0, 4L, P2, 0L));
        assertThat(rest.size()).isEqualTo(2);
    }

    @Test
    void catchUpSkipsRecordsDeletedByRetentionMeanwhile() {
        OffsetRange copied = OffsetRange.of(Map.of(P0, 0L), Map.of(P0, 4L));

        OffsetRange rest = OffsetRange.after(copied, Map.of(P0, 6L), Map.of(P0, 8L));

        assertThat(rest.from()).isEqualTo(Map.of(P0, 6L));
        assertThat(rest.size()).isEqualTo(2);
    }

    @Test
    void bothSidesMustNameTheSamePartitions() {
        assertThatThrownBy(() -> OffsetRange.of(Map.of(P0, 0L), Map.of(P1, 3L)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
