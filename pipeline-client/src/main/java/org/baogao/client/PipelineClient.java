package org.baogao.client;

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
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String ingestUrl;
    private final String searchUrl;
    /**
     * The services' API key (uploads need it): {@code BAOGAO_API_KEY}, which bin/baogao sets from .baogao/api-key,
     * else the system property {@code baogao.api.key} (the services' own property name).
     */
    private final String apiKey = System.getenv().getOrDefault("BAOGAO_API_KEY",
            System.getProperty("baogao.api.key", "")).strip();

    public PipelineClient(String ingestUrl, String searchUrl) {
        this.ingestUrl = stripSlash(ingestUrl);
        this.searchUrl = stripSlash(searchUrl);
    }

    /** The service did not answer at all (connection refused, reset, timed out). */
    public static final class UnavailableException extends RuntimeException {
        UnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** What ingest-service answered to an upload: the report id when accepted (202), else the problem. */
    public record Upload(ReportFile file, int status, String reportId, String problem) {
        public boolean accepted() {
            return status == 202 && reportId != null;
        }
    }

    /** {@code POST /api/reports} with one multipart part {@code file}, as the upload form sends it. */
    public Upload upload(ReportFile file, byte[] content) {
        Multipart body = new Multipart();
        body.file(file.name(), content);
        Answer a = send(HttpRequest.newBuilder(URI.create(ingestUrl + "/api/reports"))
                .header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.finish())));
        if (a.status == 202) {
            return new Upload(file, a.status, a.json().path("reportId").asString(null), null);
        }
        return new Upload(file, a.status, null, a.detail());
    }

    /**
     * The answer to a batch upload: per file (in the order sent) its status and id or problem when the batch was
     * taken (207), else the status and problem of the whole request.
     *
     * @param retryAfter what {@code Retry-After} said, or null
     */
    public record BatchAnswer(int status, Duration retryAfter, List<Upload> items, String problem) {
    }

    /** {@code POST /api/reports/batch}: every file one {@code file} part, plus form fields that apply to all. */
    public BatchAnswer uploadBatch(List<ReportFile> files, List<byte[]> contents, Map<String, String> fields) {
        Multipart body = new Multipart();
        fields.forEach(body::field);
        for (int i = 0; i < files.size(); i++) {
            body.file(files.get(i).name(), contents.get(i));
        }
        Answer a = send(HttpRequest.newBuilder(URI.create(ingestUrl + "/api/reports/batch"))
                .header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.finish())));
        Duration retryAfter = a.retryAfter;
        if (a.status != 207) {
            return new BatchAnswer(a.status, retryAfter, List.of(), a.detail());
        }
        List<Upload> items = new ArrayList<>();
        JsonNode results = a.json().path("results");
        for (int i = 0; i < files.size(); i++) {
            JsonNode item = results.path(i);
            int status = item.path("status").asInt(0);
            String problem = item.path("problem").path("detail").asString(null);
            items.add(new Upload(files.get(i), status, status == 202 ? item.path("reportId").asString(null) : null,
                    status == 202 ? null : problem == null ? "no answer for this file" : problem));
        }
        return new BatchAnswer(a.status, retryAfter, items, null);
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

    /**
     * How extraction read an indexed report, from search-service's copy of it ({@code source.document}): the
     * format, the pages and the parser, e.g. {@code pdf, 12 pages, Apache PDFBox}; null when search-service does
     * not have it.
     */
    public String howRead(String reportId) {
        Answer a = send(HttpRequest.newBuilder(URI.create(searchUrl + "/api/reports/" + reportId)).GET());
        if (a.status != 200) {
            return null;
        }
        JsonNode document = a.json().path("source").path("document");
        if (document.isMissingNode() || document.isNull()) {
            return "text";
        }
        StringBuilder how = new StringBuilder(document.path("format").asString("?"));
        if (document.path("pageCount").isNumber()) {
            int pages = document.path("pageCount").asInt();
            how.append(", ").append(pages).append(pages == 1 ? " page" : " pages");
        }
        String parser = document.path("parser").asString("");
        if (!parser.isBlank()) {
            how.append(", ").append(parser);
        }
        return how.toString();
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
        Answer a = send(HttpRequest.newBuilder(URI.create(searchUrl + "/api/search" + query(params))).GET());
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

    /** {@code ?k=v&...}, values URL-encoded as UTF-8. */
    public static String query(Map<String, String> params) {
        StringBuilder url = new StringBuilder();
        char sep = '?';
        for (var p : params.entrySet()) {
            url.append(sep).append(p.getKey()).append('=').append(URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8));
            sep = '&';
        }
        return url.toString();
    }

    private record Answer(int status, String body, Duration retryAfter) {
        JsonNode json() {
            return ContractJson.mapper().readTree(body);
        }

        /** The problem's detail, else the body as it came. */
        String detail() {
            try {
                return json().path("detail").asString(body);
            } catch (RuntimeException notJson) {
                return body;
            }
        }
    }

    private Answer send(HttpRequest.Builder request) {
        if (!apiKey.isEmpty()) {
            request.header("X-API-Key", apiKey);
        }
        try {
            HttpResponse<String> r = http.send(request.timeout(Duration.ofSeconds(120)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Duration retryAfter = r.headers().firstValue("Retry-After").flatMap(PipelineClient::seconds).orElse(null);
            return new Answer(r.statusCode(), r.body(), retryAfter);
        } catch (IOException e) {
            throw new UnavailableException("request to " + request.build().uri() + " failed: " + e
                    + " (is the pipeline up? bin/baogao up)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static java.util.Optional<Duration> seconds(String value) {
        try {
            return java.util.Optional.of(Duration.ofSeconds(Long.parseLong(value.strip())));
        } catch (NumberFormatException dateForm) {
            return java.util.Optional.empty();
        }
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** A multipart/form-data body: form fields and file parts. */
    static final class Multipart {
        private final String boundary = "----baogao-" + UUID.randomUUID();
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();

        void field(String name, String value) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n"
                    + value + "\r\n").getBytes(StandardCharsets.UTF_8));
        }

        void file(String fileName, byte[] content) {
            String safeName = fileName.replace("\"", "%22").replace("\r", " ").replace("\n", " ");
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + safeName + "\"\r\nContent-Type: " + contentType(fileName) + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }

        /** What the file name says, as a browser's form would send it; ingest-service looks at the bytes anyway. */
        static String contentType(String fileName) {
            String guess = java.net.URLConnection.guessContentTypeFromName(fileName);
            return guess == null ? "application/octet-stream" : guess;
        }

        String contentType() {
            return "multipart/form-data; boundary=" + boundary;
        }

        byte[] finish() {
            body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return body.toByteArray();
        }
    }
}
