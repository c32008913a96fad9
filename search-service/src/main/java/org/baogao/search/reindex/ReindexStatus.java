package org.baogao.search.reindex;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * What {@code GET /api/admin/reindex/{jobId}} answers: a snapshot of one reindex job.
 */
@Schema(description = "State of one reindex job")
public record ReindexStatus(
        String jobId,
        @Schema(description = "running, done or failed") String state,
        @Schema(description = "creating-index, copying, pausing-indexer, catching-up, swapping-alias, deleting-old, done")
        String phase,
        @Schema(description = "records read from the enriched topic") long read,
        @Schema(description = "documents Elasticsearch acknowledged in the new index") long indexed,
        @Schema(description = "records left out: malformed payloads and documents the index refused") long rejected,
        @Schema(description = "offsets to read: the end offsets captured at the start (summed over partitions, less any log start above 0), plus the catch-up range once it is known") long total,
        @Schema(description = "index(es) the alias pointed to when the job started") List<String> oldIndex,
        String newIndex,
        Instant startedAt,
        Instant finishedAt,
        @Schema(description = "why the job failed") String error,
        @Schema(description = "the first rejected records (partition@offset, report id, reason)") List<Rejection> rejections) {

    public static final String RUNNING = "running";
    public static final String DONE = "done";
    public static final String FAILED = "failed";

    /** One record the reindex left out, and why. */
    public record Rejection(String record, String reportId, String reason) {
    }
}
