package org.baogao.ingest.status;

import org.baogao.contracts.ReportStatus;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * In-memory view of every report's progress, built by folding the status topic from its beginning
 * (and, on this instance, each acceptance as soon as Kafka acknowledged it). Safe to read while
 * the status reader writes.
 */
@Component
public class ReportStatusView {
    private final ConcurrentMap<String, ReportProgress> reports = new ConcurrentHashMap<>();

    public void fold(ReportStatus status) {
        if (status == null || status.reportId() == null) {
            return;
        }
        reports.compute(status.reportId(),
                (id, known) -> known == null ? ReportProgress.first(status) : known.with(status));
    }

    public Optional<ReportProgress> find(String reportId) {
        return Optional.ofNullable(reports.get(reportId));
    }

    public boolean knows(String reportId) {
        return reports.containsKey(reportId);
    }

    public int size() {
        return reports.size();
    }
}
