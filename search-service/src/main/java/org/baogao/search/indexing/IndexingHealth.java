package org.baogao.search.indexing;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** DOWN once the indexer stopped on a failure retrying cannot fix, with the reason; otherwise UP with the backlog. */
public class IndexingHealth implements HealthIndicator {
    private final ConsumptionGate gate;
    private final OffsetTracker tracker;

    public IndexingHealth(ConsumptionGate gate, OffsetTracker tracker) {
        this.gate = gate;
        this.tracker = tracker;
    }

    @Override
    public Health health() {
        return gate.failure()
                .map(reason -> Health.down().withDetail("reason", reason))
                .orElseGet(Health::up)
                .withDetail("pendingRecords", tracker.pendingCount())
                .build();
    }
}
