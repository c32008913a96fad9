package org.baogao.contracts;

import java.time.Instant;
import java.util.List;

/**
 * A newly indexed report matched an analyst's watch. Value of {@link Topics#ALERTS}, keyed by {@code watchId}
 * (one watch's alerts stay in order); {@code alertId} ({@code watchId/reportId}) is the same for a report that
 * is indexed again, so a consumer can drop repeats.
 *
 * @param alertId   {@code watchId/reportId}
 * @param watchId   the watch that matched
 * @param watchName what the analyst called the watch
 * @param reportId  the report that matched
 * @param title     the report's title
 * @param region    the report's region
 * @param year      the year the report plans for
 * @param docType   the report's document type
 * @param targets   the report's targets that met the watch's target condition (empty for a watch on text only)
 * @param indexedAt when search-service indexed the report
 * @param firedAt   when the alert was raised
 */
public record Alert(String alertId, String watchId, String watchName, String reportId, String title, Region region,
                    Integer year, String docType, List<Target> targets, Instant indexedAt, Instant firedAt) {

    public static String idOf(String watchId, String reportId) {
        return watchId + "/" + reportId;
    }
}
