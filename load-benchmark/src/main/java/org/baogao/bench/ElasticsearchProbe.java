package org.baogao.bench;

import org.baogao.contracts.ContractJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Elasticsearch asked directly over HTTP, as the benchmark needs it: the same search bodies the service sends
 * (for the service's overhead), which of some reports are searchable, counts and store size.
 */
public final class ElasticsearchProbe {
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String url;
    private final String alias;

    public ElasticsearchProbe(String url, String alias) {
        this.url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.alias = alias;
    }

    public record Answer(int status, String body) {
        JsonNode json() {
            return ContractJson.mapper().readTree(body);
        }
    }

    /** {@code POST /<alias>/_search} with the body as given. */
    public Answer search(String body) {
        return send(HttpRequest.newBuilder(URI.create(url + "/" + alias + "/_search"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    /** Of these report ids, the ones a search finds now (searchable: indexed and refreshed). */
    public List<String> searchable(Collection<String> reportIds) {
        ObjectNode body = ContractJson.mapper().createObjectNode();
        body.put("size", reportIds.size());
        body.putArray("stored_fields").add("_none_");
        body.putArray("docvalue_fields").add("reportId");
        ArrayNode ids = body.putObject("query").putObject("terms").putArray("reportId");
        reportIds.forEach(ids::add);
        Answer a = search(body.toString());
        List<String> found = new ArrayList<>();
        if (a.status() == 200) {
            for (JsonNode hit : a.json().path("hits").path("hits")) {
                found.add(hit.path("fields").path("reportId").path(0).asString());
            }
        }
        return found;
    }

    /** Reports whose source name starts with the prefix (the benchmark's own). */
    public long countWithSourcePrefix(String prefix) {
        ObjectNode body = ContractJson.mapper().createObjectNode();
        body.putObject("query").putObject("prefix").put("source.name", prefix);
        Answer a = send(HttpRequest.newBuilder(URI.create(url + "/" + alias + "/_count"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
        return a.status() == 200 ? a.json().path("count").asLong() : -1;
    }

    /** Top-level documents (reports) behind the alias. */
    public long reports() {
        Answer a = send(HttpRequest.newBuilder(URI.create(url + "/" + alias + "/_count")).GET());
        return a.status() == 200 ? a.json().path("count").asLong() : -1;
    }

    /** Store size and segment count of the indices behind the alias, primaries. */
    public record Store(long bytes, long segments, long deletedDocs, long sourceBytesSum) {
    }

    /**
     * Merges the indices behind the alias into one segment, as merging does over time: drops deleted documents and
     * the {@code _recovery_source} Elasticsearch keeps for recent documents because {@code _source} leaves fields out.
     */
    public void forceMerge() {
        send(HttpRequest.newBuilder(URI.create(url + "/" + alias + "/_forcemerge?max_num_segments=1"))
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    public Store store() {
        JsonNode stats = send(HttpRequest.newBuilder(URI.create(url + "/" + alias + "/_stats/store,segments,docs")).GET())
                .json().path("_all").path("primaries");
        String sizes = "{\"size\":0,\"aggs\":{\"bytes\":{\"sum\":{\"field\":\"source.sizeBytes\"}}}}";
        JsonNode agg = search(sizes).json();
        return new Store(stats.path("store").path("size_in_bytes").asLong(), stats.path("segments").path("count").asLong(),
                stats.path("docs").path("deleted").asLong(), (long) agg.path("aggregations").path("bytes").path("value").asDouble());
    }

    /**
     * UTF-8 bytes of the text field against the raw bytes of the same reports, over a sample of up to
     * {@code size} reports: the index is measured against the text it holds, estimated from the sum of raw sizes.
     */
    public double textBytesPerRawByte(int size) {
        String body = "{\"size\":" + size + ",\"_source\":[\"text\",\"source.sizeBytes\"],"
                + "\"query\":{\"function_score\":{\"random_score\":{\"seed\":7,\"field\":\"_seq_no\"}}}}";
        double text = 0;
        double raw = 0;
        for (JsonNode hit : search(body).json().path("hits").path("hits")) {
            text += hit.path("_source").path("text").asString("").getBytes(StandardCharsets.UTF_8).length;
            raw += hit.path("_source").path("source").path("sizeBytes").asDouble();
        }
        return raw == 0 ? Double.NaN : text / raw;
    }

    public Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = http.send(request.timeout(Duration.ofSeconds(120)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(r.statusCode(), r.body());
        } catch (IOException e) {
            throw new IllegalStateException("Elasticsearch at " + url + " did not answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
