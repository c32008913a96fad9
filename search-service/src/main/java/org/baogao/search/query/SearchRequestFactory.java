package org.baogao.search.query;

import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.util.NamedValue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns {@link SearchParams} into an Elasticsearch request with the typed client DSL only: user input becomes
 * term and phrase values, never query syntax.
 *
 * <p>Text matching: every part of the query must occur as an exact phrase, either character by character in
 * {@code text}/{@code title} (standard analyzer, one token per Han character: finds every substring), or as
 * whole words in {@code search.textWords}/{@code search.titleWords}; the word-level and title matches weigh
 * more, so a report where the phrase is a real word ranks above one where it straddles a word boundary.
 */
public final class SearchRequestFactory {
    static final List<String> HIT_SOURCE = List.of("reportId", "title", "source.name", "region", "year", "docType",
            "publishedAt", "topics.name");
    static final int FACET_SIZE = 50;

    public static SearchRequest build(String alias, SearchParams params) {
        Query query = query(params);
        SearchRequest.Builder request = new SearchRequest.Builder()
                .index(alias)
                .query(query)
                .size(params.size())
                .trackTotalHits(t -> t.enabled(true))
                .source(s -> s.filter(f -> f.includes(HIT_SOURCE)))
                .sort(sort(params.sort()))
                .aggregations(facets());
        if (params.after() != null) {
            request.searchAfter(params.after().sortValues());
        }
        request.highlight(h -> {
            h.encoder(HighlighterEncoder.Html).preTags("<em>").postTags("</em>").requireFieldMatch(true)
                    .maxAnalyzedOffset(1_000_000)
                    .fields(NamedValue.of("text", HighlightField.of(f -> f.fragmentSize(100).numberOfFragments(3).noMatchSize(120))),
                            NamedValue.of("title", HighlightField.of(f -> f.numberOfFragments(0))));
            if (!params.text().matchesAll()) {
                h.highlightQuery(textQuery(params.text()));
            }
            return h;
        });
        return request.build();
    }

    static Query query(SearchParams params) {
        List<Query> filters = params.filter().clauses();
        Query text = params.text().matchesAll() ? Query.of(q -> q.matchAll(m -> m)) : textQuery(params.text());
        return Query.of(q -> q.bool(b -> b.must(text).filter(filters)));
    }

    /** All parts must match; each part as a phrase on any of the four text fields. */
    public static Query textQuery(QueryText text) {
        List<Query> parts = new ArrayList<>();
        for (QueryText.Part part : text.parts()) {
            parts.add(Query.of(q -> q.bool(b -> b
                    .should(s -> s.matchPhrase(m -> m.field("text").query(part.phrase())))
                    .should(s -> s.matchPhrase(m -> m.field("title").query(part.phrase()).boost(3f)))
                    .should(s -> s.matchPhrase(m -> m.field("search.textWords").query(part.words()).boost(2f)))
                    .should(s -> s.matchPhrase(m -> m.field("search.titleWords").query(part.words()).boost(4f)))
                    .minimumShouldMatch("1"))));
        }
        return Query.of(q -> q.bool(b -> b.must(parts)));
    }

    static List<SortOptions> sort(SearchParams.Sort sort) {
        SortOptions primary = sort == SearchParams.Sort.RELEVANCE
                ? SortOptions.of(s -> s.score(sc -> sc.order(SortOrder.Desc)))
                : SortOptions.of(s -> s.field(f -> f.field("search.date").order(SortOrder.Desc).missing("_last")));
        SortOptions tieBreak = SortOptions.of(s -> s.field(f -> f.field("reportId").order(SortOrder.Asc)));
        return List.of(primary, tieBreak);
    }

    static Map<String, Aggregation> facets() {
        Map<String, Aggregation> facets = new LinkedHashMap<>();
        // Counted on the region path (name, parent, province), the same field the region filter matches, so a
        // facet count is exactly what clicking it returns: 常州市 counts the reports of 钟楼区 and 武进区 too.
        facets.put("region", Aggregation.of(a -> a.terms(t -> t.field("search.regionNames").size(FACET_SIZE))));
        facets.put("year", Aggregation.of(a -> a.terms(t -> t.field("year").size(FACET_SIZE)
                .order(NamedValue.of("_key", SortOrder.Desc)))));
        facets.put("docType", Aggregation.of(a -> a.terms(t -> t.field("docType").size(FACET_SIZE))));
        facets.put("topics", Aggregation.of(a -> a.terms(t -> t.field("topics.name").size(FACET_SIZE))));
        facets.put("indicator", Aggregation.of(a -> a
                .nested(n -> n.path("targets"))
                .aggregations("codes", c -> c
                        .terms(t -> t.field("targets.code").size(FACET_SIZE))
                        .aggregations("reports", r -> r.reverseNested(rn -> rn)))));
        return facets;
    }

    private SearchRequestFactory() {
    }
}
