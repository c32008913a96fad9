package org.baogao.ingest.status;

import org.baogao.contracts.ReportStatus;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Answer of {@code GET /api/reports/{id}}; states are lower-case words.
 *
 * @param reportId   the report
 * @param state      {@code accepted}, {@code enriched}, {@code indexed} or {@code failed}
 * @param reason     why it failed, null otherwise
 * @param stages     latest state each stage reported, e.g. {@code {"ingest":"accepted","extract":"enriched"}}
 * @param sourceName file name as sent
 * @param updatedAt  time of the newest status
 */
public record ReportStatusResponse(String reportId, String state, String reason, Map<String, String> stages,
                                   String sourceName, Instant updatedAt) {

    public static ReportStatusResponse of(ReportProgress progress) {
        Map<String, String> stages = new LinkedHashMap<>();
        for (String stage : new String[]{ReportStatus.STAGE_INGEST, ReportStatus.STAGE_EXTRACT, ReportStatus.STAGE_SEARCH}) {
            ReportStatus status = progress.stages().get(stage);
            if (status != null) {
                stages.put(stage, word(status.state()));
            }
        }
        progress.stages().forEach((stage, status) -> stages.putIfAbsent(stage, word(status.state())));
        return new ReportStatusResponse(progress.reportId(), word(progress.state()), progress.reason(), stages,
                progress.sourceName(), progress.updatedAt());
    }

    private static String word(ReportStatus.State state) {
        return state == null ? null : state.name().toLowerCase(Locale.ROOT);
    }
}
