package org.baogao.client.ingest;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The upload's progress on one line: files done of all, MB/s, refused so far, estimated time left, and the
 * latest wait before a retry. On a terminal the line is redrawn in place four times a second; into a file or a
 * pipe, one line every {@code logEvery}.
 */
public final class ProgressBar implements BatchUploader.Listener, AutoCloseable {
    private static final int WIDTH = 24;

    private final PrintStream out;
    private final boolean terminal;
    private final int totalFiles;
    private final long totalBytes;
    private final long started = System.nanoTime();
    private final AtomicInteger files = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicReference<String> retry = new AtomicReference<>();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "progress");
        t.setDaemon(true);
        return t;
    });

    public ProgressBar(PrintStream out, boolean terminal, int totalFiles, long totalBytes, Duration logEvery) {
        this.out = out;
        this.terminal = terminal;
        this.totalFiles = totalFiles;
        this.totalBytes = totalBytes;
        long period = terminal ? 250 : logEvery.toMillis();
        ticker.scheduleAtFixedRate(this::draw, period, period, TimeUnit.MILLISECONDS);
    }

    @Override
    public void done(BatchUploader.Outcome outcome) {
        files.incrementAndGet();
        bytes.addAndGet(outcome.file().size());
        if (!outcome.accepted()) {
            refused.incrementAndGet();
        }
    }

    @Override
    public void retrying(int count, Duration wait, String reason) {
        retry.set("retrying %d file%s in %.1f s (%s)".formatted(count, count == 1 ? "" : "s", wait.toMillis() / 1000.0,
                reason.length() > 60 ? reason.substring(0, 60) + "…" : reason));
    }

    /** The line as it stands. */
    String line() {
        int done = files.get();
        long sent = bytes.get();
        double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
        double mbPerSecond = sent / 1e6 / seconds;
        int filled = totalFiles == 0 ? WIDTH : (int) ((long) WIDTH * done / totalFiles);
        String eta = sent == 0 || totalBytes == 0 ? "?" : clock((long) ((totalBytes - sent) / (sent / seconds)));
        String line = String.format(Locale.ROOT, "[%s%s] %d/%d files  %.2f MB/s  refused %d  %s left",
                "#".repeat(filled), ".".repeat(WIDTH - filled), done, totalFiles, mbPerSecond, refused.get(),
                done == totalFiles ? "0:00" : eta);
        String waiting = retry.getAndSet(null);
        return waiting == null ? line : line + "  " + waiting;
    }

    private synchronized void draw() {
        if (terminal) {
            out.print("\r\033[K" + line());
        } else {
            out.println(line());
        }
        out.flush();
    }

    static String clock(long seconds) {
        return seconds >= 3600 ? "%d:%02d:%02d".formatted(seconds / 3600, seconds / 60 % 60, seconds % 60)
                : "%d:%02d".formatted(seconds / 60, seconds % 60);
    }

    /** Draws the final state and ends the line. */
    @Override
    public void close() {
        ticker.shutdownNow();
        draw();
        if (terminal) {
            out.println();
        }
    }
}
