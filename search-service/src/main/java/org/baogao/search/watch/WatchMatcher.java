package org.baogao.search.watch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.InnerHitsResult;
import co.elastic.clients.json.JsonData;
import org.baogao.contracts.Alert;
import org.baogao.contracts.ContractJson;
import org.baogao.contracts.Region;
import org.baogao.contracts.Target;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which watches newly indexed reports match: for each watch, one search on the reports index restricted to the
 * reports indexed after the watch was saved. Elasticsearch is asked (after a refresh, so the new documents are
 * visible) rather than a copy of its query logic, so a watch and the search it stands for never disagree.
 */
class WatchMatcher {
    private static final List<String> ALERT_SOURCE = List.of("reportId", "title", "region", "year", "docType");

    private final ElasticsearchClient client;
    private final String alias;
    private final int maxQueryLength;
    private final Clock clock;

    WatchMatcher(ElasticsearchClient client, String alias, int maxQueryLength, Clock clock) {
        this.client = client;
        this.alias = alias;
        this.maxQueryLength = maxQueryLength;
        this.clock = clock;
    }

    /** @param indexed report id → when it was indexed */
    List<Alert> match(List<Watch> watches, Map<String, Instant> indexed) throws IOException {
        if (watches.isEmpty() || indexed.isEmpty()) {
            return List.of();
        }
        // Only reports indexed after a watch was saved can fire it; on a first start that replays the whole status
        // topic, none can, and nothing is asked of Elasticsearch.
        Map<Watch, List<FieldValue>> candidates = new LinkedHashMap<>();
        for (Watch watch : watches) {
            List<FieldValue> ids = indexed.entrySet().stream()
                    .filter(e -> !e.getValue().isBefore(watch.createdAt()))
                    .map(e -> FieldValue.of(e.getKey())).toList();
            if (!ids.isEmpty()) {
                candidates.put(watch, ids);
            }
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        client.indices().refresh(r -> r.index(alias));
        List<Alert> alerts = new ArrayList<>();
        for (Map.Entry<Watch, List<FieldValue>> candidate : candidates.entrySet()) {
            Watch watch = candidate.getKey();
            List<FieldValue> ids = candidate.getValue();
            Query query = Query.of(q -> q.bool(b -> b
                    .filter(f -> f.terms(t -> t.field("reportId").terms(v -> v.value(ids))))
                    .filter(WatchQuery.of(watch, maxQueryLength))));
            SearchResponse<ObjectNode> response = client.search(s -> s.index(alias).size(ids.size()).query(query)
                    .source(src -> src.filter(f -> f.includes(ALERT_SOURCE))), ObjectNode.class);
            for (Hit<ObjectNode> hit : response.hits().hits()) {
                String reportId = hit.source().path("reportId").asString();
                alerts.add(alert(watch, hit, indexed.get(reportId)));
            }
        }
        return alerts;
    }

    private Alert alert(Watch watch, Hit<ObjectNode> hit, Instant indexedAt) {
        ObjectNode report = hit.source();
        String reportId = report.path("reportId").asString();
        List<Target> targets = new ArrayList<>();
        InnerHitsResult inner = hit.innerHits().get(WatchQuery.MATCHED_TARGETS);
        if (inner != null) {
            for (Hit<JsonData> t : inner.hits().hits()) {
                targets.add(ContractJson.mapper().treeToValue(t.source().to(ObjectNode.class), Target.class));
            }
        }
        JsonNode region = report.get("region");
        return new Alert(Alert.idOf(watch.id(), reportId), watch.id(), watch.name(), reportId, text(report, "title"),
                region == null || region.isNull() ? null : ContractJson.mapper().treeToValue(region, Region.class),
                report.hasNonNull("year") ? report.get("year").asInt() : null, text(report, "docType"), targets, indexedAt,
                clock.instant());
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
