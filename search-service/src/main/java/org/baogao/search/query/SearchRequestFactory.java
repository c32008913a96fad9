package org.baogao.search.query;

import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.Highlight;
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
 * <p>Text matching, in three tiers. A report where every part of the query occurs as an exact phrase ranks first:
 * character by character in {@code text}/{@code title} (standard analyzer, one token per Han character: finds every
 * substring), or as whole words in {@code search.textWords}/{@code search.titleWords}; the word-level and title
 * matches weigh more, so a report where the phrase is a real word ranks above one where it straddles a word
 * boundary. Then reports that hold all the query's {@link QueryText.Unit units} as words (word-level fields) but
 * not the phrase ({@code 發展新質生產力} against a report saying 锻造新质生产力 and 发展 elsewhere), then reports
 * holding at least half of them. The tiers are constant scores far above what relevance can add
 * ({@link #PHRASE_TIER}, {@link #WORDS_TIER}), so a lower tier never outranks a higher one; within a tier,
 * relevance orders. A query of one unit has one tier: the phrase.
 */
public final class SearchRequestFactory {
    static final List<String> HIT_SOURCE = List.of("reportId", "title", "source.name", "region", "year", "docType",
            "publishedAt", "topics.name");
    static final int FACET_SIZE = 50;
    /** Score added to reports holding every part as a phrase (named query {@code phrase}). */
    static final float PHRASE_TIER = 1_000_000f;
    /** Score added to reports holding every unit as words (named query {@code words}). */
    static final float WORDS_TIER = 10_000f;
    /** Weight of the word-level relevance next to the phrase relevance, so it mostly orders the lower tiers. */
    static final float WORD_RELEVANCE = 0.2f;
    public static final String PHRASE = "phrase";
    public static final String WORDS = "words";

    public static SearchRequest build(String alias, SearchParams params) {
        Query query = query(params);
        SearchRequest.Builder request = new SearchRequest.Builder()
                .index(alias)
                .query(query)
                .size(params.size())
                .source(s -> s.filter(f -> f.includes(HIT_SOURCE)))
                .sort(sort(params.sort()));
        if (params.after() == null) {
            // The first page counts every match and computes the facets; the pages after it take the total from
            // the cursor and need no facets, so Elasticsearch can stop collecting once it has the page.
            request.trackTotalHits(t -> t.enabled(true)).aggregations(facets());
        } else {
            request.trackTotalHits(t -> t.enabled(false)).searchAfter(params.after().sortValues());
        }
        if (!params.text().matchesAll()) {
            request.highlight(highlight(phraseHighlights(params.text())));
        } else {
            request.highlight(highlight(null));
        }
        return request.build();
    }

    static Query query(SearchParams params) {
        List<Query> filters = params.filter().clauses();
        Query text = params.text().matchesAll() ? Query.of(q -> q.matchAll(m -> m)) : textQuery(params.text());
        return Query.of(q -> q.bool(b -> b.must(text).filter(filters)));
    }

    /** The tiers described above; a query of one unit is its phrase query alone. */
    public static Query textQuery(QueryText text) {
        Query phrases = phrases(text);
        if (text.units().size() <= 1) {
            return Query.of(q -> q.bool(b -> b.must(phrases).queryName(PHRASE)));
        }
        List<Query> units = text.units().stream().map(SearchRequestFactory::unitAsWords).toList();
        int required = units.size() <= 2 ? 1 : (units.size() + 1) / 2;
        return Query.of(q -> q.bool(b -> b
                .should(phrases)
                .should(s -> s.constantScore(c -> c.filter(phrases).boost(PHRASE_TIER).queryName(PHRASE)))
                .should(s -> s.constantScore(c -> c.filter(f -> f.bool(all -> all.filter(units))).boost(WORDS_TIER).queryName(WORDS)))
                .should(s -> s.bool(some -> some.should(units).minimumShouldMatch(Integer.toString(required)).boost(WORD_RELEVANCE)))
                .minimumShouldMatch("1")));
    }

    /**
     * The two upper tiers only: reports holding every part as a phrase or all the units as words, never the ones
     * holding some words. For what must not fire on a partial match (a watch's alerts).
     */
    public static Query allWordsQuery(QueryText text) {
        Query phrases = phrases(text);
        if (text.units().size() <= 1) {
            return phrases;
        }
        List<Query> units = text.units().stream().map(SearchRequestFactory::unitAsWords).toList();
        return Query.of(q -> q.bool(b -> b.should(phrases).should(s -> s.bool(all -> all.filter(units))).minimumShouldMatch("1")));
    }

    /** All parts must match; each part as a phrase on any of the four text fields. */
    static Query phrases(QueryText text) {
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

    /** A unit as words of the word-level fields (its words in sequence). */
    static Query unitAsWords(QueryText.Unit unit) {
        return Query.of(q -> q.bool(b -> b
                .should(s -> s.matchPhrase(m -> m.field("search.textWords").query(unit.words())))
                .should(s -> s.matchPhrase(m -> m.field("search.titleWords").query(unit.words()).boost(2f)))
                .minimumShouldMatch("1")));
    }

    /**
     * Snippets: up to three fragments of about 100 characters around the matches (the first 120 characters where
     * nothing matches), the title whole, HTML-escaped, matches in {@code <em>}.
     *
     * @param marks what to mark; null for none (match-all)
     */
    static Highlight highlight(Query marks) {
        return Highlight.of(h -> {
            h.encoder(HighlighterEncoder.Html).preTags("<em>").postTags("</em>").requireFieldMatch(true)
                    .maxAnalyzedOffset(1_000_000)
                    .fields(NamedValue.of("text", HighlightField.of(f -> f.fragmentSize(100).numberOfFragments(3).noMatchSize(120))),
                            NamedValue.of("title", HighlightField.of(f -> f.numberOfFragments(0))));
            if (marks != null) {
                h.highlightQuery(marks);
            }
            return h;
        });
    }

    /**
     * What the snippets of a search mark: its phrases. Marking each unit too would mark every 发展 of a report that
     * holds 高质量发展 sixty times, and scoring those passages was most of a search's time (profile API); the
     * lower-tier hits, which hold the units but not the phrase, get theirs from {@link #unitHighlights}.
     */
    static Query phraseHighlights(QueryText text) {
        List<Query> marks = new ArrayList<>();
        for (QueryText.Part part : text.parts()) {
            marks.add(Query.of(q -> q.matchPhrase(m -> m.field("text").query(part.phrase()))));
            marks.add(Query.of(q -> q.matchPhrase(m -> m.field("title").query(part.phrase()))));
        }
        return Query.of(q -> q.bool(b -> b.should(marks)));
    }

    /** Snippets marking each unit, for the given reports only (the hits of a page below the phrase tier). */
    public static SearchRequest unitHighlights(String alias, QueryText text, List<String> reportIds) {
        List<Query> marks = new ArrayList<>();
        for (QueryText.Unit unit : text.units()) {
            marks.add(Query.of(q -> q.matchPhrase(m -> m.field("text").query(unit.chars()))));
            marks.add(Query.of(q -> q.matchPhrase(m -> m.field("title").query(unit.chars()))));
        }
        Query markAll = Query.of(q -> q.bool(b -> b.should(marks)));
        return new SearchRequest.Builder()
                .index(alias)
                .query(q -> q.ids(i -> i.values(reportIds)))
                .size(reportIds.size())
                .source(s -> s.fetch(false))
                .trackTotalHits(t -> t.enabled(false))
                .highlight(highlight(markAll))
                .build();
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
        // on the report's own list of codes: counts reports without walking every nested target
        facets.put("indicator", Aggregation.of(a -> a.terms(t -> t.field("search.indicatorCodes").size(FACET_SIZE))));
        return facets;
    }

    private SearchRequestFactory() {
    }
}
