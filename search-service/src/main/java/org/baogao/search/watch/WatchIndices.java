package org.baogao.search.watch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;

import java.io.IOException;
import java.io.StringReader;

/**
 * The two small indices beside the reports: {@code <prefix>-watches} (the saved watches; they survive restarts
 * because they live here, not in memory) and {@code <prefix>-alerts} (every alert raised, id {@code watchId/reportId},
 * so a report indexed again raises no second alert). Outside the reports' template pattern and alias, so a reindex
 * never touches them.
 */
record WatchIndices(String watches, String alerts) {
    private static final String WATCHES_MAPPING = """
            {"dynamic": false, "properties": {"id": {"type": "keyword"}, "createdAt": {"type": "date"}}}""";
    private static final String ALERTS_MAPPING = """
            {"dynamic": false, "properties": {"alertId": {"type": "keyword"}, "watchId": {"type": "keyword"},
             "reportId": {"type": "keyword"}, "firedAt": {"type": "date"}}}""";

    static WatchIndices of(String prefix) {
        return new WatchIndices(prefix + "-watches", prefix + "-alerts");
    }

    /** Creates what is missing; safe to run any number of times, from any number of instances. */
    void ensure(ElasticsearchClient client) throws IOException {
        create(client, watches, WATCHES_MAPPING);
        create(client, alerts, ALERTS_MAPPING);
    }

    private static void create(ElasticsearchClient client, String index, String mapping) throws IOException {
        if (client.indices().exists(e -> e.index(index)).value()) {
            return;
        }
        try {
            client.indices().create(c -> c.index(index)
                    .settings(s -> s.numberOfShards("1").autoExpandReplicas("0-1"))
                    .mappings(m -> m.withJson(new StringReader(mapping))));
        } catch (ElasticsearchException e) {
            if (!client.indices().exists(x -> x.index(index)).value()) {
                throw e;
            }
        }
    }
}
