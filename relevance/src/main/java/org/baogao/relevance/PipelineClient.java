package org.baogao.relevance;

import org.baogao.contracts.ContractJson;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The running pipeline's HTTP APIs as an operator and a searcher use them: ingest-service and search-service. */
public final class PipelineClient {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String ingestUrl;
    private final String searchUrl;

    public PipelineClient(String ingestUrl, String searchUrl) {
        this.ingestUrl = stripSlash(ingestUrl);
        this.searchUrl = stripSlash(searchUrl);
    }

    /** What ingest-service answered to an upload: the report id when accepted (202), else the problem. */
    public record Upload(ReportFile file, int status, String reportId, String problem) {
        public boolean accepted() {
            return status == 202 && reportId != null;
        }
    }

    /** {@code POST /api/reports} with one multipart part {@code file}, as the upload form sends it. */
    public Upload upload(ReportFile file) {
        String boundary = "----baogao-relevance-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"" + file.name() + "\"\r\n"
                + "Content-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file.content());
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        Answer a = send(HttpRequest.newBuilder(URI.create(ingestUrl + "/api/reports"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
        if (a.status == 202) {
            return new Upload(file, a.status, a.json().path("reportId").asString(null), null);
        }
        String detail = a.body;
        try {
            detail = a.json().path("detail").asString(a.body);
        } catch (RuntimeException notJson) {
            // keep the raw body
        }
        return new Upload(file, a.status, null, detail);
    }

    /** The overall state ingest-service reports for a report ({@code accepted}, {@code enriched}, {@code indexed}, {@code failed}), null if unknown yet. */
    public ReportState state(String reportId) {
        Answer a = send(HttpRequest.newBuilder(URI.create(ingestUrl + "/api/reports/" + reportId)).GET());
        if (a.status != 200) {
            return new ReportState(null, null);
        }
        JsonNode json = a.json();
        return new ReportState(json.path("state").asString(null), json.path("reason").asString(null));
    }

    public record ReportState(String state, String reason) {
        public boolean settled() {
            return "indexed".equals(state) || "failed".equals(state);
        }
    }

    /** Whether search-service serves the report by id ({@code GET /api/reports/{id}}). */
    public boolean searchServiceHas(String reportId) {
        return send(HttpRequest.newBuilder(URI.create(searchUrl + "/api/reports/" + reportId)).GET()).status == 200;
    }

    /** How many reports a match-all search finds. */
    public long searchableCount() {
        return search("*", Map.of(), 1).total();
    }

    public record Ranking(long total, List<String> sourceNames) {
    }

    /** {@code GET /api/search} with the query and filters, the hits' source names in rank order. */
    public Ranking search(String q, Map<String, String> filters, int size) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", q);
        params.putAll(filters);
        params.put("size", String.valueOf(size));
        StringBuilder url = new StringBuilder(searchUrl).append("/api/search");
        char sep = '?';
        for (var p : params.entrySet()) {
            url.append(sep).append(p.getKey()).append('=').append(URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8));
            sep = '&';
        }
        Answer a = send(HttpRequest.newBuilder(URI.create(url.toString())).GET());
        if (a.status != 200) {
            throw new IllegalStateException("search " + params + " answered HTTP " + a.status + ": " + a.body);
        }
        JsonNode json = a.json();
        List<String> names = new ArrayList<>();
        for (JsonNode hit : json.path("hits")) {
            names.add(hit.path("source").path("name").asString(hit.path("reportId").asString()));
        }
        return new Ranking(json.path("total").asLong(), names);
    }

    private record Answer(int status, String body) {
        JsonNode json() {
            return ContractJson.mapper().readTree(body);
        }
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(r.statusCode(), r.body());
        } catch (IOException e) {
            throw new IllegalStateException("request to " + request.build().uri() + " failed: " + e.getMessage()
                    + " (is the pipeline up? bin/baogao up)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
