package org.baogao.search.targets;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeAggregationSource;
import co.elastic.clients.elasticsearch._types.aggregations.CompositeBucket;
import co.elastic.clients.elasticsearch._types.aggregations.LongTermsBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.util.NamedValue;
import org.baogao.search.SearchProperties;
import org.baogao.search.web.BadRequestException;
import org.baogao.search.web.CursorToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Aggregate answers over target rows, computed by Elasticsearch so no row is read: per region (of the report)
 * and year (of the target), kind and unit, how many rows, the smallest, the median and the largest value (the
 * value, the middle of a range, or its one bound). Values of different kinds or units are never mixed. Regions are
 * paged with a composite aggregation, so a national question never answers in one piece.
 */
public class TargetStats {
    static final String MISSING_UNIT = "";
    private static final JsonMapper JSON = CursorToken.json();
    private static final String POINT = "targets.search.point";

    private final ElasticsearchClient client;
    private final String alias;

    public TargetStats(ElasticsearchClient client, SearchProperties properties) {
        this.client = client;
        this.alias = properties.alias();
    }

    /**
     * @param region regionCode and region name of the report; null when the report has none
     * @param year   year the targets apply to
     * @param median the 50th percentile (t-digest: exact for small groups, an estimate for very large ones)
     */
    public record Group(String region, String regionCode, int year, String kind, String unit, long count, Double min,
                        Double median, Double max) {
    }

    /**
     * @param groups by region (code, then name), year, kind, unit
     * @param next   cursor of the next page of regions ({@code after=}), null on the last page
     */
    public record Page(List<Group> groups, String next) {
    }

    public Page page(TargetFilter filter, int regions, String after) throws IOException {
        Map<String, FieldValue> afterKey = after == null || after.isBlank() ? null : decode(after);
        List<Query> clauses = new ArrayList<>(filter.reportClauses());
        clauses.add(Query.of(q -> q.nested(n -> n.path("targets").query(filter.targetQuery()))));
        Aggregation perUnit = Aggregation.of(u -> u.terms(t -> t.field("targets.unit").size(50).missing(MISSING_UNIT))
                .aggregations("stats", st -> st.stats(x -> x.field(POINT)))
                .aggregations("median", md -> md.percentiles(p -> p.field(POINT).percents(50.0))));
        Aggregation perKind = Aggregation.of(k -> k.terms(t -> t.field("targets.kind").size(10)).aggregations("units", perUnit));
        Aggregation perYear = Aggregation.of(y -> y.terms(t -> t.field("targets.year").size(500)).aggregations("kinds", perKind));
        Aggregation matchingTargets = Aggregation.of(t -> t.nested(n -> n.path("targets"))
                .aggregations("matching", m -> m.filter(filter.targetQuery()).aggregations("years", perYear)));
        Aggregation perRegion = Aggregation.of(a -> a
                .composite(c -> {
                    c.size(regions).sources(
                            NamedValue.of("code", CompositeAggregationSource.of(src -> src.terms(t -> t.field("region.code").missingBucket(true)))),
                            NamedValue.of("name", CompositeAggregationSource.of(src -> src.terms(t -> t.field("region.name").missingBucket(true)))));
                    if (afterKey != null) {
                        c.after(afterKey);
                    }
                    return c;
                })
                .aggregations("targets", matchingTargets));
        SearchResponse<Void> response = client.search(s -> s.index(alias).size(0)
                .query(q -> q.bool(b -> b.filter(clauses)))
                .aggregations("regions", perRegion), Void.class);
        Aggregate composite = response.aggregations().get("regions");
        List<Group> groups = new ArrayList<>();
        List<CompositeBucket> buckets = composite.composite().buckets().array();
        for (CompositeBucket bucket : buckets) {
            String code = stringOrNull(bucket.key().get("code"));
            String name = stringOrNull(bucket.key().get("name"));
            Aggregate matching = bucket.aggregations().get("targets").nested().aggregations().get("matching");
            for (LongTermsBucket year : matching.filter().aggregations().get("years").lterms().buckets().array()) {
                for (StringTermsBucket kind : year.aggregations().get("kinds").sterms().buckets().array()) {
                    for (StringTermsBucket unit : kind.aggregations().get("units").sterms().buckets().array()) {
                        var stats = unit.aggregations().get("stats").stats();
                        var median = unit.aggregations().get("median").tdigestPercentiles().values();
                        Double mid = median.keyed() != null ? median.keyed().values().stream().findFirst()
                                .map(v -> v == null || v.isBlank() ? null : Double.valueOf(v)).orElse(null)
                                : median.array().isEmpty() ? null : median.array().get(0).value();
                        String unitName = unit.key().stringValue();
                        groups.add(new Group(name, code, (int) year.key(), kind.key().stringValue(),
                                MISSING_UNIT.equals(unitName) ? null : unitName, unit.docCount(),
                                stats.count() == 0 ? null : stats.min(), mid, stats.count() == 0 ? null : stats.max()));
                    }
                }
            }
        }
        Map<String, FieldValue> nextKey = composite.composite().afterKey();
        String next = buckets.size() == regions && nextKey != null && !nextKey.isEmpty() ? encode(nextKey) : null;
        return new Page(groups, next);
    }

    private static String stringOrNull(FieldValue value) {
        return value == null || value.isNull() ? null : value.isString() ? value.stringValue() : String.valueOf(value._get());
    }

    static String encode(Map<String, FieldValue> key) {
        ObjectNode node = JSON.createObjectNode();
        for (String name : List.of("code", "name")) {
            String v = stringOrNull(key.get(name));
            if (v == null) {
                node.putNull(name);
            } else {
                node.put(name, v);
            }
        }
        return CursorToken.encode(node);
    }

    static Map<String, FieldValue> decode(String token) {
        JsonNode node = CursorToken.decode(token);
        if (!node.isObject() || node.size() != 2) {
            throw invalid();
        }
        Map<String, FieldValue> key = new LinkedHashMap<>();
        for (String name : List.of("code", "name")) {
            JsonNode v = node.get(name);
            if (v == null || !(v.isNull() || v.isString() && v.asString().length() <= 256)) {
                throw invalid();
            }
            key.put(name, v.isNull() ? FieldValue.NULL : FieldValue.of(v.asString()));
        }
        return key;
    }

    private static BadRequestException invalid() {
        return CursorToken.invalid();
    }
}
