package org.baogao.search.reindex;

import org.baogao.search.web.ConflictException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReindexJobsTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC);
    private final CountDownLatch release = new CountDownLatch(1);
    private ReindexJobs jobs;

    @AfterEach
    void close() throws InterruptedException {
        release.countDown();
        jobs.close();
    }

    /** A job that runs until released, then finishes the way the real one does. */
    private Runnable blockingJob(ReindexProgress progress) {
        return () -> {
            try {
                progress.phase("copying");
                release.await();
                progress.done(clock.instant());
            } catch (InterruptedException e) {
                progress.failed(clock.instant(), "interrupted");
            }
        };
    }

    @Test
    void onlyOneJobRunsAtATime() throws Exception {
        jobs = new ReindexJobs(this::blockingJob, clock, 5);
        ReindexStatus first = jobs.start();
        assertThat(first.state()).isEqualTo("running");

        assertThatThrownBy(jobs::start).isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((ConflictException) e).running()).isEqualTo(first.jobId()));

        release.countDown();
        awaitState(first.jobId(), "done");
        ReindexStatus second = jobs.start();
        assertThat(second.jobId()).isNotEqualTo(first.jobId());
        assertThat(jobs.status(first.jobId())).get().extracting(ReindexStatus::finishedAt).isEqualTo(clock.instant());
    }

    @Test
    void aJobThatDiesWithoutResultIsFailedAndDoesNotBlockTheNext() throws Exception {
        jobs = new ReindexJobs(progress -> () -> {
            throw new AssertionError("boom");
        }, clock, 5);
        ReindexStatus first = jobs.start();

        awaitState(first.jobId(), "failed");
        assertThat(jobs.status(first.jobId())).get().extracting(ReindexStatus::error).asString().contains("without a result");
        assertThat(jobs.start().jobId()).isNotEqualTo(first.jobId());
    }

    @Test
    void keepsTheStatusOfTheLastFewJobsOnly() throws Exception {
        jobs = new ReindexJobs(progress -> () -> progress.done(clock.instant()), clock, 2);
        String first = jobs.start().jobId();
        awaitState(first, "done");
        String second = jobs.start().jobId();
        awaitState(second, "done");
        String third = jobs.start().jobId();
        awaitState(third, "done");

        assertThat(jobs.status(first)).isEmpty();
        assertThat(jobs.status(second)).isPresent();
        assertThat(jobs.status(third)).isPresent();
        assertThat(jobs.status("no-such-job")).isEmpty();
    }

    private void awaitState(String jobId, String state) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!jobs.status(jobId).map(ReindexStatus::state).orElse("").equals(state)) {
            assertThat(System.nanoTime()).as("job " + jobId + " reaches " + state).isLessThan(deadline);
            Thread.sleep(Duration.ofMillis(10).toMillis());
        }
    }
}
