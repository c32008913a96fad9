package org.baogao.relevance;

import java.util.List;

/**
 * Precision at k and normalized discounted cumulative gain at k over a ranked list of source names.
 * Gain {@code 2^grade - 1}, discount {@code log2(rank + 1)}; the ideal ranking is the judged documents
 * sorted by grade, so a relevant document the engine never returns still lowers nDCG.
 */
public final class RankingMetrics {

    /** Share of the first k places held by documents graded 1 or more (a shorter list counts its gaps as misses). */
    public static double precisionAt(int k, List<String> ranked, JudgedQuery judged) {
        long relevant = ranked.stream().limit(k).filter(name -> judged.grade(name) > 0).count();
        return (double) relevant / k;
    }

    /** The best precision at k any ranking can reach: below 1 when fewer than k documents are relevant. */
    public static double idealPrecisionAt(int k, JudgedQuery judged) {
        return (double) Math.min(k, judged.grades().values().stream().filter(g -> g > 0).count()) / k;
    }

    public static double ndcgAt(int k, List<String> ranked, JudgedQuery judged) {
        double ideal = dcg(judged.grades().values().stream()
                .sorted((a, b) -> Integer.compare(b, a)).limit(k).mapToInt(Integer::intValue).toArray());
        if (ideal == 0) {
            return 0;
        }
        return dcg(ranked.stream().limit(k).mapToInt(judged::grade).toArray()) / ideal;
    }

    private static double dcg(int[] grades) {
        double sum = 0;
        for (int i = 0; i < grades.length; i++) {
            sum += (Math.pow(2, grades[i]) - 1) / (Math.log(i + 2) / Math.log(2));
        }
        return sum;
    }

    private RankingMetrics() {
    }
}
