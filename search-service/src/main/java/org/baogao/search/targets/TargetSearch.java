package org.baogao.search.targets;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.InnerHitsResult;
import co.elastic.clients.json.JsonData;
import org.baogao.search.SearchProperties;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Lists targets: reports that hold a matching nested target, each with its matching targets as inner hits,
 * read page by page ({@code search_after} on the report id) until the row limit.
 */
public class TargetSearch {
    /** Elasticsearch's default {@code index.max_inner_result_window}: most matching targets listed per report. */
    static final int TARGETS_PER_REPORT = 100;
    static final int REPORTS_PER_PAGE = 100;

    private final ElasticsearchClient client;
    private final String alias;

    public TargetSearch(ElasticsearchClient client, SearchProperties properties) {
        this.client = client;
        this.alias = properties.alias();
    }

    public List<TargetRow> rows(TargetFilter filter, int limit) throws IOException {
        List<TargetRow> rows = new ArrayList<>();
        String after = null;
        while (rows.size() < limit) {
            SearchResponse<ObjectNode> page = client.search(request(filter, after), ObjectNode.class);
            List<Hit<ObjectNode>> hits = page.hits().hits();
            for (Hit<ObjectNode> hit : hits) {
                InnerHitsResult inner = hit.innerHits().get("targets");
                for (Hit<JsonData> target : inner.hits().hits()) {
                    if (rows.size() == limit) {
                        return rows;
                    }
                    rows.add(row(hit.source(), target.source().to(ObjectNode.class)));
                }
            }
            if (hits.size() < REPORTS_PER_PAGE) {
                break;
            }
            after = hits.get(hits.size() - 1).source().path("reportId").asString();
        }
        return rows;
    }

    SearchRequest request(TargetFilter filter, String afterReportId) {
        Query nested = Query.of(q -> q.nested(n -> n
                .path("targets")
                .query(filter.targetQuery())
                .innerHits(ih -> ih.name("targets").size(TARGETS_PER_REPORT))));
        List<Query> clauses = new ArrayList<>(filter.reportClauses());
        clauses.add(nested);
        SearchRequest.Builder request = new SearchRequest.Builder()
                .index(alias)
                .query(q -> q.bool(b -> b.filter(clauses)))
                .source(s -> s.filter(f -> f.includes("reportId", "source.name", "region", "year")))
                .size(REPORTS_PER_PAGE)
                .sort(s -> s.field(f -> f.field("reportId").order(SortOrder.Asc)));
        if (afterReportId != null) {
            request.searchAfter(FieldValue.of(afterReportId));
        }
        return request.build();
    }

    static TargetRow row(ObjectNode report, ObjectNode target) {
        JsonNode region = report.path("region");
        return new TargetRow(
                text(report, "reportId"),
                new TargetRow.Source(text(report.path("source"), "name")),
                text(region, "name"),
                text(region, "code"),
                integer(target, "year"),
                integer(report, "year"),
                text(target, "code"),
                text(target, "indicator"),
                number(target, "value"),
                number(target, "min"),
                number(target, "max"),
                text(target, "unit"),
                text(target, "comparator"),
                text(target, "kind"),
                text(target, "text"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static Integer integer(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isNumber() ? null : value.asInt();
    }

    private static Double number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isNumber() ? null : value.asDouble();
    }
}
