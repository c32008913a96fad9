package org.baogao.search.reindex;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReindexProgressTest {

    @Test
    void snapshotCarriesCountersIndicesAndOutcome() {
        ReindexProgress progress = new ReindexProgress("job-1", Instant.parse("2026-03-01T08:00:00Z"));
        progress.indices(List.of("r-v1-1"), "r-v1-2");
        progress.addTotal(3);
        progress.read();
        progress.read();
        progress.indexed();
        progress.rejected("0@1", "abc", "malformed payload");
        progress.phase("catching-up");

        ReindexStatus running = progress.snapshot();
        assertThat(running.state()).isEqualTo("running");
        assertThat(running.phase()).isEqualTo("catching-up");
        assertThat(running).extracting(ReindexStatus::read, ReindexStatus::indexed, ReindexStatus::rejected, ReindexStatus::total)
                .containsExactly(2L, 1L, 1L, 3L);
        assertThat(running.oldIndex()).containsExactly("r-v1-1");
        assertThat(running.newIndex()).isEqualTo("r-v1-2");
        assertThat(running.rejections()).containsExactly(new ReindexStatus.Rejection("0@1", "abc", "malformed payload"));

        progress.failed(Instant.parse("2026-03-01T08:01:00Z"), "Elasticsearch gone");
        ReindexStatus failed = progress.snapshot();
        assertThat(failed.state()).isEqualTo("failed");
        assertThat(failed.error()).isEqualTo("Elasticsearch gone");
        assertThat(failed.finishedAt()).isEqualTo(Instant.parse("2026-03-01T08:01:00Z"));
        assertThat(progress.isRunning()).isFalse();
    }

    @Test
    void keepsOnlyTheFirstRejectionsButCountsAll() {
        ReindexProgress progress = new ReindexProgress("job-2", Instant.EPOCH);
        for (int i = 0; i < ReindexProgress.KEPT_REJECTIONS + 5; i++) {
            progress.rejected("0@" + i, "id" + i, "mapper_parsing_exception");
        }

        ReindexStatus status = progress.snapshot();
        assertThat(status.rejected()).isEqualTo(ReindexProgress.KEPT_REJECTIONS + 5);
        assertThat(status.rejections()).hasSize(ReindexProgress.KEPT_REJECTIONS);
        assertThat(status.rejections().get(0).record()).isEqualTo("0@0");
    }
}
