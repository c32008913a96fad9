package org.baogao.search.regions;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import org.baogao.contracts.Region;
import org.baogao.search.SearchProperties;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * How many indexed reports each division holds, itself and below: one terms aggregation over
 * {@code search.regionCodes}, the codes of every division on a report's path (so 320404 counts for 320400 and
 * 320000 too), the same field a region filter matches.
 */
public class RegionCounts {
    /** More buckets than the snapshot has divisions (3,333), so no division is cut off. */
    static final int MAX_DIVISIONS = 5000;

    private final ElasticsearchClient client;
    private final String alias;

    public RegionCounts(ElasticsearchClient client, SearchProperties properties) {
        this.client = client;
        this.alias = properties.alias();
    }

    /** Counts by division code, and under {@link #NATIONAL} the reports about the whole country. */
    public Map<String, Long> byCode() throws IOException {
        SearchResponse<Void> response = client.search(s -> s.index(alias).size(0)
                .aggregations("codes", a -> a.terms(t -> t.field("search.regionCodes").size(MAX_DIVISIONS)))
                .aggregations("national", a -> a.filter(f -> f.term(t -> t.field("region.level").value(Region.NATIONAL)))),
                Void.class);
        Map<String, Long> counts = new HashMap<>();
        for (StringTermsBucket b : response.aggregations().get("codes").sterms().buckets().array()) {
            counts.put(b.key().stringValue(), b.docCount());
        }
        counts.put(NATIONAL, response.aggregations().get("national").filter().docCount());
        return counts;
    }

    /** Key of the national count: not a GB/T 2260 code. */
    public static final String NATIONAL = "national";
}
