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
 * @param state      overall state: the status that {@link State#supersedes} all others seen, so a
 *                   late ACCEPTED never hides an INDEXED and a FAILED anywhere wins
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
        boolean wins = status.state() != null && status.state().supersedes(state);
        State nextState = wins ? status.state() : state;
        String nextReason = wins ? (status.state() == State.FAILED ? status.reason() : null) : reason;
        String nextName = status.sourceName() != null ? status.sourceName() : sourceName;
        Instant nextUpdate = updatedAt == null || (status.at() != null && status.at().isAfter(updatedAt))
                ? status.at() : updatedAt;
        return new ReportProgress(reportId, nextState, nextReason, nextStages, nextName, nextUpdate);
    }
}
