package org.baogao.search.reindex;

import org.baogao.search.web.ConflictException;

import java.time.Clock;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Starts reindex jobs one at a time on a thread of their own and keeps the status of the last few. A second
 * start while one runs is refused (409) with the running job's id, because two jobs would fight over the alias.
 */
public class ReindexJobs implements AutoCloseable {
    private final Function<ReindexProgress, Runnable> jobs;
    private final Clock clock;
    private final int kept;
    private final Map<String, ReindexProgress> byId = new LinkedHashMap<>();
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "search-reindex");
        t.setDaemon(true);
        return t;
    });
    private ReindexProgress current;

    /** @param jobs makes the job that reports to the given progress */
    ReindexJobs(Function<ReindexProgress, Runnable> jobs, Clock clock, int kept) {
        this.jobs = jobs;
        this.clock = clock;
        this.kept = Math.max(1, kept);
    }

    /** Starts a reindex; refuses while one is running. */
    public synchronized ReindexStatus start() {
        if (current != null && current.isRunning()) {
            throw new ConflictException("a reindex is running: " + current.jobId(), current.jobId());
        }
        ReindexProgress progress = new ReindexProgress(UUID.randomUUID().toString(), clock.instant());
        Runnable job = jobs.apply(progress);
        current = progress;
        byId.put(progress.jobId(), progress);
        forgetOldest();
        runner.execute(() -> {
            try {
                job.run();
            } finally {
                // A job that died of an Error must not block every later reindex.
                if (progress.isRunning()) {
                    progress.failed(clock.instant(), "the job ended without a result");
                }
            }
        });
        return progress.snapshot();
    }

    public synchronized Optional<ReindexStatus> status(String jobId) {
        return Optional.ofNullable(byId.get(jobId)).map(ReindexProgress::snapshot);
    }

    private void forgetOldest() {
        Iterator<ReindexProgress> oldest = byId.values().iterator();
        while (byId.size() > kept && oldest.hasNext()) {
            if (oldest.next() != current) {
                oldest.remove();
            }
        }
    }

    /** Interrupts a running job (it cleans up its unfinished index) and waits a little for it. */
    @Override
    public void close() throws InterruptedException {
        runner.shutdownNow();
        runner.awaitTermination(10, TimeUnit.SECONDS);
    }
}
