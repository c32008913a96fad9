package org.baogao.client.ingest;

import org.baogao.client.PipelineClient;
import org.baogao.client.ReportFile;
import org.springframework.util.backoff.BackOffExecution;
import org.springframework.util.backoff.ExponentialBackOff;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ExecutionException;

/**
 * Posts files to ingest-service's batch endpoint: several batches at once (bounded: {@code concurrency} requests
 * in flight), each of at most {@code batchFiles} files and {@code batchBytes} bytes. What ingest-service could not
 * take for now (503, Kafka did not acknowledge; 429 and other 5xx; no connection) is posted again after an
 * exponential back-off that honours {@code Retry-After}, up to {@code maxAttempts} times; what it refused for
 * good (400, 413, 415) is reported with its reason and never retried. A worker that waits out a back-off keeps its
 * slot, so an overloaded ingest-service slows the upload down instead of being hammered.
 */
public final class BatchUploader {

    /**
     * @param concurrency  batch requests in flight at once
     * @param batchFiles   most files per request (ingest-service takes 100)
     * @param batchBytes   most bytes per request (ingest-service takes 64 MB); a larger file goes alone
     * @param maxAttempts  tries of a file that keeps getting a transient failure before it counts as refused
     * @param firstBackoff back-off after the first transient failure, doubled each time
     * @param maxBackoff   longest back-off (and longest {@code Retry-After} honoured)
     * @param fields       form fields sent with every batch (source, region, year hints)
     */
    public record Settings(int concurrency, int batchFiles, long batchBytes, int maxAttempts, Duration firstBackoff,
                           Duration maxBackoff, Map<String, String> fields) {
        public Settings {
            if (concurrency < 1 || batchFiles < 1 || batchBytes < 1 || maxAttempts < 1) {
                throw new IllegalArgumentException("concurrency, batch sizes and attempts are at least 1");
            }
            fields = Map.copyOf(fields);
        }

        public static Settings defaults() {
            return new Settings(4, 25, 8L << 20, 8, Duration.ofMillis(500), Duration.ofSeconds(30), Map.of());
        }
    }

    /** One file's outcome: accepted (202, with its report id) or refused (the status it got, 0 for none, and why). */
    public record Outcome(ReportFile file, int status, String reportId, String problem) {
        public boolean accepted() {
            return reportId != null;
        }
    }

    /** Told about every file as its outcome is known, and about every wait before a retry. */
    public interface Listener {
        void done(Outcome outcome);

        default void retrying(int files, Duration wait, String reason) {
        }
    }

    private final PipelineClient client;
    private final Settings settings;

    public BatchUploader(PipelineClient client, Settings settings) {
        this.client = client;
        this.settings = settings;
    }

    /** Posts every file; returns when each has an outcome (in the order the outcomes became known). */
    public List<Outcome> upload(List<ReportFile> files, Listener listener) throws InterruptedException {
        ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
        Listener recording = new Listener() {
            @Override
            public void done(Outcome outcome) {
                outcomes.add(outcome);
                listener.done(outcome);
            }

            @Override
            public void retrying(int count, Duration wait, String reason) {
                listener.retrying(count, wait, reason);
            }
        };
        Batches batches = new Batches(files.iterator());
        ExecutorService workers = Executors.newFixedThreadPool(settings.concurrency(), r -> {
            Thread t = new Thread(r, "upload");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < settings.concurrency(); i++) {
                running.add(workers.submit(() -> {
                    List<ReportFile> batch;
                    while ((batch = batches.next()) != null) {
                        deliver(batch, recording);
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("upload failed: " + e.getCause(), e.getCause());
        } finally {
            workers.shutdownNow();
        }
        return List.copyOf(outcomes);
    }

    /** Cuts the files into batches by count and bytes, handing them to whichever worker asks next. */
    private final class Batches {
        private final Iterator<ReportFile> files;
        private ReportFile carried;

        Batches(Iterator<ReportFile> files) {
            this.files = files;
        }

        synchronized List<ReportFile> next() {
            List<ReportFile> batch = new ArrayList<>();
            long bytes = 0;
            while (batch.size() < settings.batchFiles()) {
                ReportFile file = carried != null ? carried : files.hasNext() ? files.next() : null;
                carried = null;
                if (file == null) {
                    break;
                }
                if (!batch.isEmpty() && bytes + file.size() > settings.batchBytes()) {
                    carried = file;
                    break;
                }
                batch.add(file);
                bytes += file.size();
            }
            return batch.isEmpty() ? null : batch;
        }
    }

    /** Reads one batch and posts it until every file has an outcome. */
    void deliver(List<ReportFile> batch, Listener listener) throws InterruptedException {
        List<ReportFile> readable = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        for (ReportFile file : batch) {
            try {
                contents.add(file.read());
                readable.add(file);
            } catch (IOException e) {
                listener.done(new Outcome(file, 0, null, "unreadable: " + e.getMessage()));
            }
        }
        deliver(readable, contents, listener);
    }

    private void deliver(List<ReportFile> files, List<byte[]> fileContents, Listener listener) throws InterruptedException {
        List<ReportFile> pending = new ArrayList<>(files);
        List<byte[]> contents = new ArrayList<>(fileContents);
        BackOffExecution backOff = backOff().start();
        int attempts = 0;
        while (!pending.isEmpty()) {
            attempts++;
            String transientReason;
            Duration retryAfter = null;
            try {
                PipelineClient.BatchAnswer answer = client.uploadBatch(pending, contents, settings.fields());
                retryAfter = answer.retryAfter();
                if (answer.status() == 207) {
                    List<ReportFile> again = new ArrayList<>();
                    List<byte[]> againContents = new ArrayList<>();
                    String reason = null;
                    for (int i = 0; i < answer.items().size(); i++) {
                        PipelineClient.Upload item = answer.items().get(i);
                        if (item.accepted()) {
                            listener.done(new Outcome(item.file(), item.status(), item.reportId(), null));
                        } else if (isTransient(item.status())) {
                            again.add(item.file());
                            againContents.add(contents.get(i));
                            reason = "HTTP " + item.status() + ": " + item.problem();
                        } else {
                            listener.done(new Outcome(item.file(), item.status(), null, item.problem()));
                        }
                    }
                    pending = again;
                    contents = againContents;
                    transientReason = reason;
                } else if (answer.status() == 413 && pending.size() > 1) {
                    // the request as a whole is over ingest-service's limit: halve it
                    int half = pending.size() / 2;
                    deliver(pending.subList(0, half), contents.subList(0, half), listener);
                    deliver(pending.subList(half, pending.size()), contents.subList(half, contents.size()), listener);
                    return;
                } else if (isTransient(answer.status())) {
                    transientReason = "HTTP " + answer.status() + ": " + answer.problem();
                } else {
                    for (ReportFile file : pending) {
                        listener.done(new Outcome(file, answer.status(), null, answer.problem()));
                    }
                    return;
                }
            } catch (PipelineClient.UnavailableException e) {
                transientReason = e.getMessage();
            }
            if (pending.isEmpty()) {
                return;
            }
            long next = backOff.nextBackOff();
            if (attempts >= settings.maxAttempts() || next == BackOffExecution.STOP) {
                for (ReportFile file : pending) {
                    listener.done(new Outcome(file, 503, null, "gave up after " + attempts + " attempts: " + transientReason));
                }
                return;
            }
            Duration wait = Duration.ofMillis(next);
            if (retryAfter != null && retryAfter.compareTo(wait) > 0) {
                wait = retryAfter.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : retryAfter;
            }
            listener.retrying(pending.size(), wait, transientReason);
            Thread.sleep(wait.toMillis());
        }
    }

    /** Worth trying again later: overloaded, Kafka not acknowledging, a proxy in between failing. */
    static boolean isTransient(int status) {
        return status == 429 || status == 502 || status == 503 || status == 504 || status == 500;
    }

    private ExponentialBackOff backOff() {
        ExponentialBackOff backOff = new ExponentialBackOff(settings.firstBackoff().toMillis(), 2.0);
        backOff.setMaxInterval(settings.maxBackoff().toMillis());
        return backOff;
    }
}
