package org.baogao.ingest.status;

import org.baogao.contracts.ReportStatus;
import org.baogao.contracts.ReportStatus.State;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything known about one report, folded from its statuses in arrival order.
 *
 * @param reportId   the report
 * @param state      overall state: the newest of the stages' latest statuses (by their time; at equal times
 *                   the one that {@link State#supersedes} the other). Statuses of different stages travel on
 *                   different partitions, so arrival order says nothing; their times do. A report posted again
 *                   after it failed therefore shows its new progress, not the old failure.
 * @param reason     why it failed, from the status that set FAILED (null otherwise)
 * @param stages     the latest status each stage published (a stage writes its statuses in order)
 * @param sourceName file name, from the latest status that named it
 * @param updatedAt  time of the newest status seen
 */
public record ReportProgress(String reportId, State state, String reason, Map<String, ReportStatus> stages,
                             String sourceName, Instant updatedAt) {

    public ReportProgress {
        stages = Map.copyOf(stages);
    }

    public static ReportProgress first(ReportStatus status) {
        return new ReportProgress(status.reportId(), null, null, Map.of(), null, null).with(status);
    }

    /** This progress after one more status. */
    public ReportProgress with(ReportStatus status) {
        Map<String, ReportStatus> nextStages = new LinkedHashMap<>(stages);
        if (status.stage() != null) {
            nextStages.put(status.stage(), status);
        }
        ReportStatus newest = newest(nextStages.values());
        State nextState = newest == null ? state : newest.state();
        String nextReason = newest != null && newest.state() == State.FAILED ? newest.reason() : null;
        String nextName = status.sourceName() != null ? status.sourceName() : sourceName;
        Instant nextUpdate = updatedAt == null || (status.at() != null && status.at().isAfter(updatedAt))
                ? status.at() : updatedAt;
        return new ReportProgress(reportId, nextState, nextReason, nextStages, nextName, nextUpdate);
    }

    private static ReportStatus newest(Iterable<ReportStatus> statuses) {
        ReportStatus newest = null;
        for (ReportStatus s : statuses) {
            if (s.state() != null && (newest == null || isNewer(s, newest))) {
                newest = s;
            }
        }
        return newest;
    }

    private static boolean isNewer(ReportStatus a, ReportStatus b) {
        Instant ta = a.at() == null ? Instant.MIN : a.at();
        Instant tb = b.at() == null ? Instant.MIN : b.at();
        int byTime = ta.compareTo(tb);
        return byTime != 0 ? byTime > 0 : a.state().supersedes(b.state());
    }
}
