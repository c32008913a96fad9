package org.baogao.search.reindex;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The live counters of one job, written by the reading thread and by the bulk listener, read by the status
 * endpoint at any time.
 */
final class ReindexProgress {
    /** Rejections kept for the status answer; the count covers all of them. */
    static final int KEPT_REJECTIONS = 20;

    private final String jobId;
    private final Instant startedAt;
    private final AtomicLong read = new AtomicLong();
    private final AtomicLong indexed = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicLong total = new AtomicLong();
    private final List<ReindexStatus.Rejection> rejections = new ArrayList<>();
    private volatile String state = ReindexStatus.RUNNING;
    private volatile String phase = "creating-index";
    private volatile List<String> oldIndex = List.of();
    private volatile String newIndex;
    private volatile Instant finishedAt;
    private volatile String error;

    ReindexProgress(String jobId, Instant startedAt) {
        this.jobId = jobId;
        this.startedAt = startedAt;
    }

    String jobId() {
        return jobId;
    }

    void phase(String value) {
        phase = value;
    }

    void indices(List<String> old, String fresh) {
        oldIndex = List.copyOf(old);
        newIndex = fresh;
    }

    void addTotal(long offsets) {
        total.addAndGet(offsets);
    }

    void read() {
        read.incrementAndGet();
    }

    void indexed() {
        indexed.incrementAndGet();
    }

    void rejected(String record, String reportId, String reason) {
        rejected.incrementAndGet();
        synchronized (rejections) {
            if (rejections.size() < KEPT_REJECTIONS) {
                rejections.add(new ReindexStatus.Rejection(record, reportId, reason));
            }
        }
    }

    void done(Instant at) {
        phase = "done";
        finishedAt = at;
        state = ReindexStatus.DONE;
    }

    void failed(Instant at, String why) {
        error = why;
        finishedAt = at;
        state = ReindexStatus.FAILED;
    }

    boolean isRunning() {
        return ReindexStatus.RUNNING.equals(state);
    }

    ReindexStatus snapshot() {
        List<ReindexStatus.Rejection> kept;
        synchronized (rejections) {
            kept = List.copyOf(rejections);
        }
        return new ReindexStatus(jobId, state, phase, read.get(), indexed.get(), rejected.get(), total.get(), oldIndex,
                newIndex, startedAt, finishedAt, error, kept);
    }
}
