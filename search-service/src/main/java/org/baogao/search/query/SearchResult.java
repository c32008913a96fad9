package org.baogao.search.query;

import java.util.List;
import java.util.Map;

/**
 * The answer of {@code GET /api/search}.
 *
 * @param total  exact number of matching reports (on the pages after the first, as the first counted them)
 * @param hits   this page
 * @param facets counts per value over all matching reports: region, year, docType, topics, indicator; on the first
 *               page only (empty on the pages after it)
 * @param next   cursor for the next page ({@code after=}), null on the last page
 */
public record SearchResult(long total, List<Hit> hits, Map<String, List<FacetValue>> facets, String next) {

    /**
     * @param highlights     text snippets, HTML-escaped, matches in {@code <em>}
     * @param titleHighlight the title with matches in {@code <em>}, or null when the title does not match
     * @param match          how the report matched the query: {@code phrase} (every part as written), {@code words}
     *                       (all its words, not as the phrase), {@code partial} (some of its words); null without a query
     */
    public record Hit(String reportId, String title, String titleHighlight, Source source, Region region, Integer year,
                      String docType, String publishedAt, List<String> topics, List<String> highlights, Double score,
                      String match) {
        public static final String PARTIAL = "partial";

        Hit withHighlights(List<String> snippets, String title) {
            return new Hit(reportId, this.title, title, source, region, year, docType, publishedAt, topics, snippets, score, match);
        }
    }

    public record Source(String name) {
    }

    public record Region(String name, String level, String parent, String code) {
    }

    /** One facet value and the number of matching reports that have it. */
    public record FacetValue(String value, long count) {
    }
}
