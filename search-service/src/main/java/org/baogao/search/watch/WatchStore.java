package org.baogao.search.watch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.DeleteResponse;
import co.elastic.clients.elasticsearch._types.Result;
import org.baogao.contracts.ContractJson;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Saved watches in their Elasticsearch index: saved and deleted with {@code refresh=wait_for}, so a list shows them at once. */
public class WatchStore {
    /** Most watches one pipeline keeps; each is one query per batch of newly indexed reports. */
    public static final int MAX_WATCHES = 1000;

    private final ElasticsearchClient client;
    private final String index;

    WatchStore(ElasticsearchClient client, WatchIndices indices) {
        this.client = client;
        this.index = indices.watches();
    }

    Watch save(Watch watch) throws IOException {
        ObjectNode document = ContractJson.mapper().valueToTree(watch);
        client.index(i -> i.index(index).id(watch.id()).document(document).refresh(Refresh.WaitFor));
        return watch;
    }

    List<Watch> all() throws IOException {
        var response = client.search(s -> s.index(index).size(MAX_WATCHES)
                .sort(o -> o.field(f -> f.field("createdAt").order(SortOrder.Asc))), ObjectNode.class);
        List<Watch> watches = new ArrayList<>();
        for (Hit<ObjectNode> hit : response.hits().hits()) {
            watches.add(ContractJson.mapper().treeToValue(hit.source(), Watch.class));
        }
        return watches;
    }

    long count() throws IOException {
        return client.count(c -> c.index(index)).count();
    }

    Optional<Watch> get(String id) throws IOException {
        GetResponse<ObjectNode> response = client.get(g -> g.index(index).id(id), ObjectNode.class);
        return response.found() && response.source() != null
                ? Optional.of(ContractJson.mapper().treeToValue(response.source(), Watch.class)) : Optional.empty();
    }

    boolean delete(String id) throws IOException {
        DeleteResponse response = client.delete(d -> d.index(index).id(id).refresh(Refresh.WaitFor));
        return response.result() == Result.Deleted;
    }
}
