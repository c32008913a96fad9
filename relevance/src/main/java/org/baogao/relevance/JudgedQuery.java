package org.baogao.relevance;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One query of the judged set: what is typed, the filters set beside it, and how relevant each judged
 * document (by its source file name) is, graded 0 (not relevant) to 3 (the document is about it).
 * Documents not judged count as not relevant.
 *
 * @param id      unique, {@code <kind>-<n>}; the kind groups queries in the summary
 * @param query   the {@code q} parameter, as a user types it (traditional or simplified)
 * @param filters further search parameters ({@code region}, {@code yearFrom}, {@code docType}, ...)
 * @param grades  source name → grade
 * @param note    why the judgments are what they are
 */
public record JudgedQuery(String id, String query, Map<String, String> filters, Map<String, Integer> grades, String note) {

    public JudgedQuery {
        filters = Collections.unmodifiableMap(new LinkedHashMap<>(filters)); // in the order written
        grades = Map.copyOf(grades);
    }

    /** The part of the id before its last {@code -}: {@code trad-3} is of kind {@code trad}. */
    public String kind() {
        int dash = id.lastIndexOf('-');
        return dash > 0 ? id.substring(0, dash) : id;
    }

    public int grade(String sourceName) {
        return grades.getOrDefault(sourceName, 0);
    }
}
