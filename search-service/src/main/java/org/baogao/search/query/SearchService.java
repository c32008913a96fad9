package org.baogao.search.query;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.baogao.search.SearchProperties;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs a search and shapes Elasticsearch's answer into a {@link SearchResult}. */
public class SearchService {
    private final ElasticsearchClient client;
    private final String alias;

    public SearchService(ElasticsearchClient client, SearchProperties properties) {
        this.client = client;
        this.alias = properties.alias();
    }

    public SearchResult search(SearchParams params) throws IOException {
        SearchResponse<ObjectNode> response = client.search(SearchRequestFactory.build(alias, params), ObjectNode.class);
        List<SearchResult.Hit> hits = new ArrayList<>();
        for (Hit<ObjectNode> hit : response.hits().hits()) {
            hits.add(hit(hit, params.text().matchesAll()));
        }
        long total = params.after() != null ? params.after().total()
                : response.hits().total() == null ? hits.size() : response.hits().total().value();
        String next = null;
        List<Hit<ObjectNode>> raw = response.hits().hits();
        if (raw.size() == params.size()) {
            next = SearchCursor.of(raw.get(raw.size() - 1).sort(), total).encode();
        }
        Map<String, List<SearchResult.FacetValue>> facets = params.after() == null ? facets(response.aggregations()) : Map.of();
        return new SearchResult(total, withUnitHighlights(params.text(), hits), facets, next);
    }

    /** Hits below the phrase tier get snippets marking the units they hold (one more request, for them only). */
    private List<SearchResult.Hit> withUnitHighlights(QueryText text, List<SearchResult.Hit> hits) throws IOException {
        List<String> lower = hits.stream().filter(h -> h.match() != null && !SearchRequestFactory.PHRASE.equals(h.match()))
                .map(SearchResult.Hit::reportId).toList();
        if (lower.isEmpty()) {
            return hits;
        }
        SearchResponse<Void> marked = client.search(SearchRequestFactory.unitHighlights(alias, text, lower), Void.class);
        Map<String, Map<String, List<String>>> byId = new java.util.HashMap<>();
        marked.hits().hits().forEach(h -> byId.put(h.id(), h.highlight()));
        List<SearchResult.Hit> out = new ArrayList<>(hits.size());
        for (SearchResult.Hit h : hits) {
            Map<String, List<String>> highlight = byId.get(h.reportId());
            out.add(highlight == null ? h : h.withHighlights(snippets(highlight), titleHighlight(highlight)));
        }
        return out;
    }

    private static List<String> snippets(Map<String, List<String>> highlight) {
        return highlight.getOrDefault("text", List.of()).stream().map(SearchService::mergeTags).toList();
    }

    private static String titleHighlight(Map<String, List<String>> highlight) {
        List<String> title = highlight.get("title");
        return title == null || title.isEmpty() ? null : mergeTags(title.get(0));
    }

    static SearchResult.Hit hit(Hit<ObjectNode> hit, boolean matchAll) {
        ObjectNode source = hit.source();
        JsonNode region = source.path("region");
        SearchResult.Region regionView = region.isObject()
                ? new SearchResult.Region(text(region, "name"), text(region, "level"), text(region, "parent"), text(region, "code"))
                : null;
        List<String> topics = new ArrayList<>();
        source.path("topics").forEach(t -> {
            if (t.hasNonNull("name")) {
                topics.add(t.get("name").asString());
            }
        });
        List<String> snippets = snippets(hit.highlight());
        return new SearchResult.Hit(
                text(source, "reportId"),
                text(source, "title"),
                titleHighlight(hit.highlight()),
                new SearchResult.Source(text(source.path("source"), "name")),
                regionView,
                source.hasNonNull("year") ? source.get("year").asInt() : null,
                text(source, "docType"),
                text(source, "publishedAt"),
                topics,
                snippets,
                hit.score(),
                matchAll ? null : match(hit.matchedQueries().keySet()));
    }

    /** The highest tier whose named query matched (see {@link SearchRequestFactory#textQuery}). */
    static String match(java.util.Collection<String> matchedQueries) {
        if (matchedQueries.contains(SearchRequestFactory.PHRASE)) {
            return SearchRequestFactory.PHRASE;
        }
        return matchedQueries.contains(SearchRequestFactory.WORDS) ? SearchRequestFactory.WORDS : SearchResult.Hit.PARTIAL;
    }

    /** The character-level field highlights character by character; adjacent marks read better as one. */
    static String mergeTags(String fragment) {
        return fragment.replace("</em><em>", "");
    }

    static Map<String, List<SearchResult.FacetValue>> facets(Map<String, Aggregate> aggregations) {
        Map<String, List<SearchResult.FacetValue>> facets = new LinkedHashMap<>();
        for (String name : List.of("region", "docType", "topics", "indicator")) {
            facets.put(name, aggregations.get(name).sterms().buckets().array().stream()
                    .map(b -> new SearchResult.FacetValue(b.key().stringValue(), b.docCount())).toList());
        }
        facets.put("year", aggregations.get("year").lterms().buckets().array().stream()
                .map(b -> new SearchResult.FacetValue(Long.toString(b.key()), b.docCount())).toList());
        return facets;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
