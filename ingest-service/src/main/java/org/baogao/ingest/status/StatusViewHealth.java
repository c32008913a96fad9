package org.baogao.ingest.status;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Shows under {@code /actuator/health} whether the status view has caught up with the status topic.
 * Stays UP while it replays: uploads work without it, only {@code GET /api/reports/{id}} may not
 * know older reports yet.
 */
@Component("statusView")
class StatusViewHealth implements HealthIndicator {
    private final StatusTopicReader reader;
    private final ReportStatusView view;

    StatusViewHealth(StatusTopicReader reader, ReportStatusView view) {
        this.reader = reader;
        this.view = view;
    }

    @Override
    public Health health() {
        return Health.up()
                .withDetail("replayed", reader.hasReplayed())
                .withDetail("reports", view.size())
                .build();
    }
}
