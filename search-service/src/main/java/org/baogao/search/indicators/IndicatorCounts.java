package org.baogao.search.indicators;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import org.baogao.search.SearchProperties;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the index holds per indicator code: targets, achievements and plans, and the written forms seen most
 * often (one nested aggregation over {@code targets}).
 */
public class IndicatorCounts {
    /** More buckets than there are indicator codes. */
    static final int MAX_CODES = 1000;
    static final int FORMS = 5;

    private final ElasticsearchClient client;
    private final String alias;

    public IndicatorCounts(ElasticsearchClient client, SearchProperties properties) {
        this.client = client;
        this.alias = properties.alias();
    }

    /**
     * @param byKind  number of statements per kind ({@code target}, {@code achievement}, {@code plan})
     * @param written the indicator as written in reports, most frequent first
     */
    public record Counts(Map<String, Long> byKind, List<String> written) {
        /** An indicator the index holds nothing of. */
        public static final Counts NONE = new Counts(Map.of(), List.of());

        public long of(String kind) {
            return byKind.getOrDefault(kind, 0L);
        }
    }

    public Map<String, Counts> byCode() throws IOException {
        SearchResponse<Void> response = client.search(s -> s.index(alias).size(0)
                .aggregations("targets", a -> a.nested(n -> n.path("targets"))
                        .aggregations("codes", c -> c.terms(t -> t.field("targets.code").size(MAX_CODES))
                                .aggregations("kinds", k -> k.terms(t -> t.field("targets.kind").size(5)))
                                .aggregations("written", w -> w.terms(t -> t.field("targets.indicator").size(FORMS))))),
                Void.class);
        Map<String, Counts> counts = new LinkedHashMap<>();
        for (StringTermsBucket code : response.aggregations().get("targets").nested().aggregations().get("codes").sterms()
                .buckets().array()) {
            Map<String, Long> byKind = new LinkedHashMap<>();
            for (StringTermsBucket kind : code.aggregations().get("kinds").sterms().buckets().array()) {
                byKind.put(kind.key().stringValue(), kind.docCount());
            }
            List<String> written = new ArrayList<>();
            for (StringTermsBucket form : code.aggregations().get("written").sterms().buckets().array()) {
                written.add(form.key().stringValue());
            }
            counts.put(code.key().stringValue(), new Counts(byKind, written));
        }
        return counts;
    }
}
