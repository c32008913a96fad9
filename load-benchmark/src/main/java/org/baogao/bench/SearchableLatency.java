package org.baogao.bench;

import org.baogao.client.PipelineClient;
import org.baogao.client.ReportFile;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Ingest→searchable latency: reports posted one at a time ({@code POST /api/reports}) on a fixed schedule (open
 * loop: a slow answer does not delay the next post), and Elasticsearch asked every 100 ms which of the pending
 * reports a search finds. A report's latency runs from the start of its post to the first answer that finds it,
 * so it includes the refresh interval and up to 100 ms of polling.
 */
public final class SearchableLatency {
    private static final long POLL_MILLIS = 100;

    private final PipelineClient client;
    private final ElasticsearchProbe es;

    public SearchableLatency(PipelineClient client, ElasticsearchProbe es) {
        this.client = client;
        this.es = es;
    }

    /**
     * @param notFound   reports accepted but not searchable before the deadline
     * @param postedAt   report id → when its post began (wall clock, to line up with the stages' statuses)
     * @param searchable report id → when a search first found it
     */
    public record Result(Latencies latencies, int posted, int refused, int notFound, Map<String, Instant> postedAt,
                         Map<String, Instant> searchable) {
    }

    public Result measure(List<Path> files, double perSecond, Duration deadline, PrintStream progress) throws Exception {
        Map<String, Long> postedAt = new ConcurrentHashMap<>();
        Map<String, Instant> postedWall = new ConcurrentHashMap<>();
        Map<String, Instant> searchableWall = new ConcurrentHashMap<>();
        Latencies latencies = new Latencies();
        AtomicInteger refused = new AtomicInteger();
        ExecutorService posters = Executors.newFixedThreadPool(8);
        long period = (long) (1e9 / perSecond);
        long start = System.nanoTime();
        for (int i = 0; i < files.size(); i++) {
            long due = start + i * period;
            Path file = files.get(i);
            posters.submit(() -> {
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                ReportFile report = ReportFile.of(file);
                byte[] content = report.read();
                Instant wall = Instant.now();
                long began = System.nanoTime();
                PipelineClient.Upload upload = client.upload(report, content);
                if (upload.accepted()) {
                    postedWall.putIfAbsent(upload.reportId(), wall);
                    postedAt.putIfAbsent(upload.reportId(), began);
                } else {
                    refused.incrementAndGet();
                }
                return null;
            });
        }
        posters.shutdown();
        long end = start + deadline.toNanos();
        int found = 0;
        while (System.nanoTime() < end && !(posters.isTerminated() && postedAt.isEmpty())) {
            Thread.sleep(POLL_MILLIS);
            List<String> pending = new ArrayList<>(postedAt.keySet());
            for (int from = 0; from < pending.size(); from += 500) {
                List<String> chunk = pending.subList(from, Math.min(pending.size(), from + 500));
                long now = System.nanoTime();
                Instant wallNow = Instant.now();
                for (String id : es.searchable(chunk)) {
                    Long began = postedAt.remove(id);
                    if (began != null) {
                        searchableWall.put(id, wallNow);
                        latencies.addNanos(now - began);
                        found++;
                    }
                }
            }
            progress.printf("\rsearchable: %d/%d  %s", found, files.size(), latencies.count() > 0 ? latencies : "");
        }
        progress.println();
        posters.shutdownNow();
        return new Result(latencies, files.size(), refused.get(), postedAt.size(), postedWall, searchableWall);
    }
}
