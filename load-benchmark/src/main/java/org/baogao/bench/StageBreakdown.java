package org.baogao.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Ingest→searchable cut into its stages, per report: post → accepted (ingest-service and Kafka), accepted →
 * enriched (waiting in the raw topic and extraction), enriched → indexed (waiting in the enriched topic, the
 * indexer's bulk and Elasticsearch), indexed → searchable (the refresh, and up to 100 ms of polling).
 */
public record StageBreakdown(Latencies accepting, Latencies extracting, Latencies indexing, Latencies refreshing) {

    static StageBreakdown of(SearchableLatency.Result result, StageTimes.Stages stages) {
        StageBreakdown b = new StageBreakdown(new Latencies(), new Latencies(), new Latencies(), new Latencies());
        result.searchable().forEach((id, searchable) -> {
            Instant posted = result.postedAt().get(id);
            Instant accepted = stages.accepted().get(id);
            Instant enriched = stages.enriched().get(id);
            Instant indexed = stages.indexed().get(id);
            if (posted == null || accepted == null || enriched == null || indexed == null) {
                return;
            }
            b.accepting.add(ms(posted, accepted));
            b.extracting.add(ms(accepted, enriched));
            b.indexing.add(ms(enriched, indexed));
            b.refreshing.add(ms(indexed, searchable));
        });
        return b;
    }

    private static double ms(Instant from, Instant to) {
        return Duration.between(from, to).toNanos() / 1e6;
    }

    Map<String, Latencies> asMap() {
        return Map.of("post → accepted", accepting, "accepted → enriched", extracting, "enriched → indexed", indexing,
                "indexed → searchable", refreshing);
    }
}
