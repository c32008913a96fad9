package org.baogao.bench;

import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import org.baogao.client.PipelineClient;
import org.baogao.contracts.ContractJson;
import org.baogao.search.SearchProperties;
import org.baogao.search.query.ReportFilter;
import org.baogao.search.query.SearchParams;
import org.baogao.search.query.SearchRequestFactory;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fixed query mix, timed against search-service and, for searches, against Elasticsearch directly with the
 * very request the service sends (built by the service's own {@link SearchRequestFactory}). Each round runs
 * every query once, the service and Elasticsearch one after the other in alternating order, so both meet the
 * same state of the machine; the first round warms up and is not counted.
 */
public final class QueryMix {
    private static final SearchProperties.Api LIMITS = new SearchProperties.Api(20, 100, 200, 100, 1000);
    private static final Jackson3JsonpMapper JSONP = new Jackson3JsonpMapper();

    /**
     * One query of the mix.
     *
     * @param kind   single, phrase, multi, traditional, filter, facets, deep, targets, stats, compare
     * @param path   search-service path ({@code /api/search}, {@code /api/targets}...)
     * @param params request parameters
     * @param pages  for deep paging: the page timed (earlier pages are read, untimed, for the cursor)
     */
    public record Query(String kind, String path, Map<String, String> params, int pages) {
        boolean search() {
            return path.equals("/api/search");
        }

        String label() {
            return kind + " " + params + (pages > 1 ? " page " + pages : "");
        }
    }

    public static List<Query> standard() {
        List<Query> q = new ArrayList<>();
        q.add(search("single", "q", "发展"));
        q.add(search("single", "q", "就业"));
        q.add(search("phrase", "q", "新质生产力"));
        q.add(search("phrase", "q", "高质量发展"));
        q.add(search("phrase", "q", "营商环境"));
        q.add(search("multi", "q", "发展新质生产力"));
        q.add(search("multi", "q", "减税降费 小微企业"));
        q.add(search("multi", "q", "乡村振兴 农民收入"));
        q.add(search("traditional", "q", "發展新質生產力"));
        q.add(search("traditional", "q", "鄉村振興"));
        q.add(search("filter", "q", "就业", "region", "江苏省"));
        q.add(search("filter", "q", "发展", "yearFrom", "2020", "yearTo", "2022"));
        q.add(search("filter", "q", "疫情", "region", "广东省", "yearFrom", "2020"));
        q.add(search("filter", "q", "经济", "indicator", "gdp"));
        q.add(search("facets", "q", "*"));
        q.add(search("facets", "q", "*", "region", "浙江省"));
        q.add(new Query("deep", "/api/search", Map.of("q", "发展", "size", "20"), 10));
        q.add(new Query("deep", "/api/search", Map.of("q", "*", "size", "20"), 10));
        q.add(new Query("targets", "/api/targets", Map.of("code", "gdp"), 1));
        q.add(new Query("targets", "/api/targets", Map.of("code", "gdp", "sort", "-value"), 1));
        q.add(new Query("targets", "/api/targets", Map.of("code", "gdp", "region", "江苏省", "yearFrom", "2020", "yearTo", "2024", "kind", "target"), 1));
        q.add(new Query("targets", "/api/targets", Map.of("code", "urban_new_jobs", "sort", "year", "size", "50"), 5));
        q.add(new Query("stats", "/api/targets/stats", Map.of("code", "gdp", "kind", "target", "region", "江苏省"), 1));
        q.add(new Query("compare", "/api/targets/compare", Map.of("code", "gdp", "region", "江苏省", "yearFrom", "2020", "yearTo", "2024"), 1));
        q.add(new Query("compare", "/api/targets/compare", Map.of("code", "gdp", "region", "广东省"), 1));
        return q;
    }

    private static Query search(String kind, String... params) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < params.length; i += 2) {
            map.put(params[i], params[i + 1]);
        }
        return new Query(kind, "/api/search", map, 1);
    }

    /** Per query: the service's times, Elasticsearch's (searches only), and the size of the answer's first page. */
    public record Timed(Query query, Latencies service, Latencies elasticsearch, long total) {
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String searchUrl;
    private final ElasticsearchProbe elasticsearch;
    private final String alias;

    public QueryMix(String searchUrl, ElasticsearchProbe elasticsearch, String alias) {
        this.searchUrl = searchUrl;
        this.elasticsearch = elasticsearch;
        this.alias = alias;
    }

    public List<Timed> run(List<Query> queries, int rounds) {
        List<Timed> timed = new ArrayList<>();
        List<Prepared> prepared = new ArrayList<>();
        for (Query q : queries) {
            prepared.add(prepare(q));
            timed.add(new Timed(q, new Latencies(), new Latencies(), prepared.get(prepared.size() - 1).total));
        }
        for (int round = 0; round <= rounds; round++) {
            for (int i = 0; i < prepared.size(); i++) {
                Prepared p = prepared.get(i);
                boolean serviceFirst = (round + i) % 2 == 0;
                long service = 0;
                long raw = 0;
                if (serviceFirst) {
                    service = time(() -> get(p.url));
                }
                if (p.esBody != null) {
                    raw = time(() -> elasticsearch.search(p.esBody));
                }
                if (!serviceFirst) {
                    service = time(() -> get(p.url));
                }
                if (round > 0) {
                    timed.get(i).service().addNanos(service);
                    if (p.esBody != null) {
                        timed.get(i).elasticsearch().addNanos(raw);
                    }
                }
            }
        }
        return timed;
    }

    /** The URL of the timed page (earlier pages read for the cursor) and, for a search, the same request as Elasticsearch gets it. */
    private record Prepared(String url, String esBody, long total) {
    }

    private Prepared prepare(Query q) {
        Map<String, String> params = new LinkedHashMap<>(q.params());
        String after = null;
        long total = -1;
        for (int page = 1; page < q.pages(); page++) {
            JsonNode answer = ContractJson.mapper().readTree(get(searchUrl + q.path() + PipelineClient.query(params)).body());
            total = total < 0 ? answer.path("total").asLong(-1) : total;
            after = answer.path("next").asString(null);
            if (after == null) {
                break;
            }
            params.put("after", after);
        }
        String url = searchUrl + q.path() + PipelineClient.query(params);
        if (total < 0) {
            total = ContractJson.mapper().readTree(get(url).body()).path("total").asLong(-1);
        }
        String body = null;
        if (q.search()) {
            ReportFilter filter = ReportFilter.of(params.get("region"), params.get("level"), integer(params.get("yearFrom")),
                    integer(params.get("yearTo")), params.get("docType"), params.get("topic"), params.get("indicator"));
            SearchParams search = SearchParams.of(params.get("q"), filter, params.get("sort"), integer(params.get("size")),
                    params.get("after"), LIMITS);
            SearchRequest request = SearchRequestFactory.build(alias, search);
            body = JsonpUtils.toJsonString(request, JSONP);
        }
        return new Prepared(url, body, total);
    }

    private static Integer integer(String value) {
        return value == null ? null : Integer.valueOf(value);
    }

    private static long time(Runnable call) {
        long started = System.nanoTime();
        call.run();
        return System.nanoTime() - started;
    }

    private HttpResponse<String> get(String url) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (r.statusCode() != 200) {
                throw new IllegalStateException(url + " answered HTTP " + r.statusCode() + ": " + r.body());
            }
            return r;
        } catch (IOException e) {
            throw new IllegalStateException(url + " did not answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
