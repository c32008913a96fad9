package org.baogao.relevance;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RankingMetricsTest {
    private final JudgedQuery judged = new JudgedQuery("topic-1", "乡村振兴", Map.of(),
            Map.of("a", 3, "b", 2, "c", 1, "d", 0), "");

    @Test
    void idealRankingScoresOne() {
        assertThat(RankingMetrics.ndcgAt(10, List.of("a", "b", "c"), judged)).isCloseTo(1.0, within(1e-9));
        assertThat(RankingMetrics.precisionAt(5, List.of("a", "b", "c"), judged)).isEqualTo(3 / 5.0);
    }

    @Test
    void gradedGainWithLogDiscount() {
        // ranked c, x, a: DCG = 1/log2(2) + 0 + 7/log2(4) = 1 + 3.5; ideal a, b, c = 7 + 3/log2(3) + 1/2
        double ideal = 7 + 3 / (Math.log(3) / Math.log(2)) + 0.5;
        assertThat(RankingMetrics.ndcgAt(10, List.of("c", "x", "a"), judged)).isCloseTo(4.5 / ideal, within(1e-9));
    }

    @Test
    void unjudgedAndZeroGradedDocumentsAreMisses() {
        assertThat(RankingMetrics.precisionAt(5, List.of("x", "d", "y", "z", "b"), judged)).isEqualTo(0.2);
        assertThat(RankingMetrics.ndcgAt(10, List.of(), judged)).isZero();
    }

    @Test
    void idealPrecisionIsCappedByTheRelevantSet() {
        assertThat(RankingMetrics.idealPrecisionAt(5, judged)).isEqualTo(3 / 5.0);
    }

    @Test
    void onlyTheCutOffCounts() {
        List<String> late = List.of("p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "a");
        assertThat(RankingMetrics.ndcgAt(10, late, judged)).isZero();
        assertThat(RankingMetrics.precisionAt(5, late, judged)).isZero();
    }
}
