package org.baogao.search.watch;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import org.baogao.search.query.QueryText;
import org.baogao.search.query.ReportFilter;
import org.baogao.search.query.SearchRequestFactory;
import org.baogao.search.targets.TargetFilter;

import java.util.ArrayList;
import java.util.List;

/**
 * A watch as a query on report documents, built from the same parts as the search and targets APIs
 * ({@link SearchRequestFactory#allWordsQuery}, {@link ReportFilter}, {@link TargetFilter}), so a watch matches what
 * the same search ranks in its upper tiers (the phrase, or all its words); a report holding only some of the words
 * is a partial match a search lists last and a watch never alerts on. The target condition is a nested query whose
 * inner hits name the targets that met it.
 */
final class WatchQuery {
    static final String MATCHED_TARGETS = "watchTargets";
    /** Targets of one report listed in an alert. */
    static final int TARGETS_PER_ALERT = 20;

    static Query of(Watch watch, int maxQueryLength) {
        List<Query> filters = new ArrayList<>(ReportFilter.of(watch.region(), watch.level(), null, null, watch.docType(),
                watch.topic(), null).clauses());
        if (watch.target() != null) {
            Watch.TargetCondition t = watch.target();
            Query targetQuery = TargetFilter.of(t.code(), null, null, null, t.kind(), t.min(), t.max()).targetQuery();
            filters.add(Query.of(q -> q.nested(n -> n.path("targets").query(targetQuery)
                    .innerHits(ih -> ih.name(MATCHED_TARGETS).size(TARGETS_PER_ALERT)))));
        }
        QueryText text = QueryText.parse(watch.q(), maxQueryLength);
        List<Query> must = text.matchesAll() ? List.of() : List.of(SearchRequestFactory.allWordsQuery(text));
        return Query.of(q -> q.bool(b -> b.must(must).filter(filters)));
    }

    private WatchQuery() {
    }
}
