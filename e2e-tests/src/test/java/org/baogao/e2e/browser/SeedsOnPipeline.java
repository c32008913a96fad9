package org.baogao.e2e.browser;

import org.baogao.e2e.E2eApiKey;
import org.baogao.contracts.ContractJson;
import org.baogao.contracts.ReportIds;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Puts the five seeds on the shared pipeline the way an operator does (multipart upload to ingest-service)
 * and waits until search-service finds all of them. Idempotent: a report's id is the hash of its bytes, so
 * posting seeds another test already posted changes nothing.
 */
final class SeedsOnPipeline {
    private static final Path SEEDS = Path.of("..", "seeds");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static Set<String> ensure(String ingestUrl, String searchUrl, Duration patience) throws IOException, InterruptedException {
        Set<String> ids = new LinkedHashSet<>();
        try (Stream<Path> files = Files.list(SEEDS)) {
            for (Path seed : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                byte[] bytes = Files.readAllBytes(seed);
                HttpResponse<String> r = upload(ingestUrl, seed.getFileName().toString(), bytes);
                if (r.statusCode() != 202) {
                    throw new IllegalStateException("ingest refused " + seed + ": HTTP " + r.statusCode() + " " + r.body());
                }
                ids.add(ReportIds.of(bytes));
            }
        }
        long deadline = System.nanoTime() + patience.toNanos();
        while (!searchable(searchUrl).containsAll(ids)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("seeds not searchable after " + patience + ": " + ids);
            }
            Thread.sleep(500);
        }
        return ids;
    }

    private static Set<String> searchable(String searchUrl) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(searchUrl + "/api/search?q=*&size=100")).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        Set<String> found = new HashSet<>();
        if (r.statusCode() == 200) {
            for (JsonNode hit : ContractJson.mapper().readTree(r.body()).path("hits")) {
                found.add(hit.path("reportId").asString());
            }
        }
        return found;
    }

    private static HttpResponse<String> upload(String ingestUrl, String name, byte[] content) throws IOException, InterruptedException {
        return upload(ingestUrl, name, content, java.util.Map.of());
    }

    /** {@code POST /api/reports} with the file and the operator's form fields ({@code region}, {@code year}, {@code source}). */
    static HttpResponse<String> upload(String ingestUrl, String name, byte[] content, java.util.Map<String, String> fields)
            throws IOException, InterruptedException {
        String boundary = "----baogao-browser-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((field, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field
                + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HTTP.send(E2eApiKey.sign(HttpRequest.newBuilder(URI.create(ingestUrl + "/api/reports")))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private SeedsOnPipeline() {
    }
}
