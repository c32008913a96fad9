package org.baogao.relevance;

import org.baogao.client.PipelineClient;

import java.util.List;

/** One judged query as the engine answered it: the ranked source names and the two figures. */
public record QueryScore(JudgedQuery query, long total, List<String> ranked, double precisionAt5, double idealPrecisionAt5, double ndcgAt10) {

    static QueryScore of(JudgedQuery query, PipelineClient.Ranking ranking) {
        return new QueryScore(query, ranking.total(), ranking.sourceNames(),
                RankingMetrics.precisionAt(5, ranking.sourceNames(), query),
                RankingMetrics.idealPrecisionAt(5, query),
                RankingMetrics.ndcgAt(10, ranking.sourceNames(), query));
    }
}
