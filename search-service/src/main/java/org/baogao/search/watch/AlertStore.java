package org.baogao.search.watch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.baogao.contracts.Alert;
import org.baogao.contracts.ContractJson;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Alerts raised, by {@code watchId/reportId}: what the page lists as recent alerts, and what keeps a report that is
 * indexed again (re-posted, reindexed) from raising the same alert twice.
 */
public class AlertStore {
    private final ElasticsearchClient client;
    private final String index;

    AlertStore(ElasticsearchClient client, WatchIndices indices) {
        this.client = client;
        this.index = indices.alerts();
    }

    boolean raised(String alertId) throws IOException {
        return client.exists(e -> e.index(index).id(alertId)).value();
    }

    /** Records an alert once; a second record of the same alert changes nothing. */
    void record(Alert alert) throws IOException {
        ObjectNode document = ContractJson.mapper().valueToTree(alert);
        try {
            client.create(c -> c.index(index).id(alert.alertId()).document(document));
        } catch (ElasticsearchException e) {
            if (e.status() != 409) {
                throw e;
            }
        }
    }

    /** The newest alerts first, of one watch or of all. */
    List<Alert> recent(String watchId, int size) throws IOException {
        Query filter = watchId == null ? Query.of(q -> q.matchAll(m -> m))
                : Query.of(q -> q.term(t -> t.field("watchId").value(watchId)));
        var response = client.search(s -> s.index(index).size(size).query(filter)
                .sort(o -> o.field(f -> f.field("firedAt").order(SortOrder.Desc))), ObjectNode.class);
        List<Alert> alerts = new ArrayList<>();
        for (Hit<ObjectNode> hit : response.hits().hits()) {
            alerts.add(ContractJson.mapper().treeToValue(hit.source(), Alert.class));
        }
        return alerts;
    }
}
