package org.baogao.client.ingest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.baogao.client.PipelineClient;
import org.baogao.client.ReportFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The uploader's batching, concurrency bound and retry rules against a stand-in for ingest-service's batch endpoint
 * that answers as the real one does (207 with one entry per file, 503 with Retry-After when Kafka does not
 * acknowledge). The end-to-end tests post through the real ingest-service and Kafka.
 */
class BatchUploaderTest {
    private static final Pattern FILE_NAME = Pattern.compile("filename=\"([^\"]*)\"");

    private HttpServer server;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();
    private final ConcurrentLinkedQueue<List<String>> batches = new ConcurrentLinkedQueue<>();

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** Starts the stand-in; {@code answer} gets the file names of a request and returns status and body. */
    private PipelineClient standIn(Function<List<String>, Answer> answer) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(16));
        server.createContext("/api/reports/batch", exchange -> {
            int now = inFlight.incrementAndGet();
            mostInFlight.accumulateAndGet(now, Math::max);
            try {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                List<String> names = new ArrayList<>();
                Matcher m = FILE_NAME.matcher(body);
                while (m.find()) {
                    names.add(m.group(1));
                }
                batches.add(names);
                Thread.sleep(20); // long enough for concurrent requests to overlap
                respond(exchange, answer.apply(names));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                inFlight.decrementAndGet();
            }
        });
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        return new PipelineClient(url, url);
    }

    private record Answer(int status, String body, String retryAfter) {
    }

    private static void respond(HttpExchange exchange, Answer answer) throws IOException {
        if (answer.retryAfter() != null) {
            exchange.getResponseHeaders().add("Retry-After", answer.retryAfter());
        }
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(answer.status(), bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    /** A 207 answer: per file, 202 with an id made from the name, or the status the function gives. */
    private static Answer multiStatus(List<String> names, Function<String, Integer> status) {
        List<String> items = new ArrayList<>();
        for (String name : names) {
            int s = status.apply(name);
            items.add(s == 202
                    ? "{\"name\":\"%s\",\"status\":202,\"reportId\":\"id-%s\"}".formatted(name, name)
                    : "{\"name\":\"%s\",\"status\":%d,\"problem\":{\"status\":%d,\"detail\":\"no: %s\"}}".formatted(name, s, s, name));
        }
        return new Answer(207, "{\"results\":[" + String.join(",", items) + "]}", null);
    }

    private static List<ReportFile> files(int count) {
        List<ReportFile> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            files.add(ReportFile.of("f%03d.txt".formatted(i), ("报告" + i).getBytes(StandardCharsets.UTF_8)));
        }
        return files;
    }

    private static BatchUploader.Settings settings(int concurrency, int batchFiles, int attempts) {
        return new BatchUploader.Settings(concurrency, batchFiles, 1 << 20, attempts, Duration.ofMillis(10),
                Duration.ofMillis(200), Map.of("source", "测试"));
    }

    @Test
    void postsInBatchesWithBoundedConcurrencyAndReportsEveryFile() throws Exception {
        PipelineClient client = standIn(names -> multiStatus(names, n -> n.equals("f013.txt") ? 415 : 202));
        List<BatchUploader.Outcome> outcomes = new BatchUploader(client, settings(3, 4, 3)).upload(files(50), o -> {
        });
        assertThat(outcomes).hasSize(50);
        assertThat(outcomes.stream().filter(o -> !o.accepted()).map(o -> o.file().name() + " " + o.status() + " " + o.problem()))
                .containsExactly("f013.txt 415 no: f013.txt");
        assertThat(batches).allMatch(b -> b.size() <= 4).hasSize(13);
        assertThat(mostInFlight.get()).isBetween(2, 3);
    }

    @Test
    void filesKafkaDidNotAcknowledgeArePostedAgainAfterABackOff() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        PipelineClient client = standIn(names -> {
            int n = requests.incrementAndGet();
            if (n == 1) {
                return new Answer(503, "{\"detail\":\"Kafka is not answering\"}", "0");
            }
            // the second request: the first two files accepted, the rest not acknowledged (503 inside the 207)
            return multiStatus(names, name -> n == 2 && !name.equals("f000.txt") && !name.equals("f001.txt") ? 503 : 202);
        });
        List<Duration> waits = new ArrayList<>();
        List<BatchUploader.Outcome> outcomes = new BatchUploader(client, settings(1, 10, 5)).upload(files(5),
                new BatchUploader.Listener() {
                    @Override
                    public void done(BatchUploader.Outcome outcome) {
                    }

                    @Override
                    public void retrying(int count, Duration wait, String reason) {
                        waits.add(wait);
                    }
                });
        assertThat(outcomes).allMatch(BatchUploader.Outcome::accepted).hasSize(5);
        assertThat(batches).extracting(List::size).containsExactly(5, 5, 3); // only the unacknowledged files again
        assertThat(waits).hasSize(2);
        assertThat(waits.get(1)).isGreaterThan(waits.get(0)); // exponential
    }

    @Test
    void givesUpAfterTheAttemptsAndSaysWhy() throws Exception {
        PipelineClient client = standIn(names -> new Answer(503, "{\"detail\":\"Kafka is not answering\"}", "1"));
        List<BatchUploader.Outcome> outcomes = new BatchUploader(client, settings(2, 10, 3)).upload(files(3), o -> {
        });
        assertThat(outcomes).hasSize(3).noneMatch(BatchUploader.Outcome::accepted);
        assertThat(outcomes.get(0).problem()).startsWith("gave up after 3 attempts").contains("Kafka is not answering");
        assertThat(batches).hasSize(3);
    }

    @Test
    void aRequestOverTheSizeLimitIsSplitAndARefusedBatchIsNotRetried() throws Exception {
        PipelineClient client = standIn(names -> names.size() > 2 ? new Answer(413, "{\"detail\":\"too large\"}", null)
                : names.contains("f004.txt") ? new Answer(400, "{\"detail\":\"bad hint\"}", null)
                : multiStatus(names, n -> 202));
        List<BatchUploader.Outcome> outcomes = new BatchUploader(client, settings(1, 8, 5)).upload(files(8), o -> {
        });
        assertThat(outcomes).hasSize(8);
        assertThat(outcomes.stream().filter(o -> !o.accepted()).map(o -> o.file().name() + " " + o.status()))
                .containsExactlyInAnyOrder("f004.txt 400", "f005.txt 400");
        assertThat(outcomes.stream().filter(BatchUploader.Outcome::accepted).map(o -> o.file().name()))
                .containsExactlyInAnyOrder("f000.txt", "f001.txt", "f002.txt", "f003.txt", "f006.txt", "f007.txt");
    }

    @Test
    void theProgressLineCountsFilesAndRefusals() {
        ProgressBar bar = new ProgressBar(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()), false, 4, 400,
                Duration.ofHours(1));
        ReportFile file = ReportFile.of("a.txt", new byte[100]);
        bar.done(new BatchUploader.Outcome(file, 202, "id", null));
        bar.done(new BatchUploader.Outcome(file, 415, null, "not text"));
        bar.retrying(2, Duration.ofMillis(1500), "HTTP 503: Kafka is not answering");
        String line = bar.line();
        bar.close();
        assertThat(line).startsWith("[############............] 2/4 files").contains("refused 1")
                .contains("retrying 2 files in 1.5 s (HTTP 503: Kafka is not answering)");
    }
}
