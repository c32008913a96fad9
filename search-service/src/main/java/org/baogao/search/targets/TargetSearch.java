package org.baogao.search.targets;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortMode;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.FieldAndFormat;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.InnerHitsResult;
import co.elastic.clients.json.JsonData;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.baogao.search.SearchProperties;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Lists targets as rows: one nested target of a report is one row. Reports holding matching targets are read
 * from Elasticsearch with their matching targets as inner hits, in the order the rows are asked for
 * ({@link TargetRowStream} turns reports into rows in order); every field comes from doc values, and no stored
 * field is loaded at all ({@code _none_}, not even {@code _id}): stored fields are compressed in blocks shared with
 * the reports' large {@code _source}, and decompressing one per row made listing targets slow (measured with the
 * profile API: 90% of the time in the inner-hits phase, loading {@code _id}).
 */
public class TargetSearch {
    static final String INNER_HITS = "targets";
    static final String SENTENCE = "targets.search.sentence";
    static final String SENTENCE_START = "targets.search.sentenceStart";
    static final String SENTENCE_END = "targets.search.sentenceEnd";
    static final List<String> REPORT_FIELDS = List.of("reportId", "source.name", "region.name", "region.code", "year");
    static final List<String> TARGET_FIELDS = List.of("targets.code", "targets.indicator", "targets.kind", "targets.value",
            "targets.min", "targets.max", "targets.unit", "targets.comparator", "targets.year", "targets.search.point",
            "targets.search.position", "targets.text.keyword", "targets.start", "targets.end", "targets.page", SENTENCE, SENTENCE_START,
            SENTENCE_END);
    static final String TARGET_TEXT = "targets.text.keyword";
    static final String POSITION = "targets.search.position";
    static final String NO_STORED_FIELDS = "_none_";

    private final ElasticsearchClient client;
    private final String alias;

    public TargetSearch(ElasticsearchClient client, SearchProperties properties) {
        this.client = client;
        this.alias = properties.alias();
    }

    /**
     * One page of rows and the cursor of the next page (null on the last one).
     *
     * @param withTotal also count every matching row (one more request)
     */
    public TargetPage page(TargetFilter filter, TargetOrder order, int size, TargetCursor after, boolean withTotal)
            throws IOException {
        TargetRowStream stream = new TargetRowStream(order, after, source(filter, order), size);
        List<TargetRow> rows = new ArrayList<>(size);
        RankedRow last = null;
        while (rows.size() < size && stream.hasNext()) {
            last = stream.next();
            rows.add(last.row());
        }
        String next = last != null && stream.hasNext() ? TargetCursor.after(order, last).encode() : null;
        return new TargetPage(withTotal ? count(filter) : null, rows, next);
    }

    /** Every matching row in order, handed to {@code sink} as it is read; nothing is collected. */
    public void forEach(TargetFilter filter, TargetOrder order, Consumer<TargetRow> sink) {
        TargetRowStream stream = new TargetRowStream(order, null, source(filter, order), Long.MAX_VALUE);
        stream.forEachRemaining(r -> sink.accept(r.row()));
    }

    /** How many target rows match. */
    public long count(TargetFilter filter) throws IOException {
        List<Query> clauses = new ArrayList<>(filter.reportClauses());
        clauses.add(Query.of(q -> q.nested(n -> n.path("targets").query(filter.targetQuery()))));
        SearchResponse<Void> response = client.search(s -> s.index(alias).size(0)
                .query(q -> q.bool(b -> b.filter(clauses)))
                .aggregations("rows", a -> a.nested(n -> n.path("targets"))
                        .aggregations("matching", m -> m.filter(filter.targetQuery()))), Void.class);
        return response.aggregations().get("rows").nested().aggregations().get("matching").filter().docCount();
    }

    TargetRowStream.Source source(TargetFilter filter, TargetOrder order) {
        return new ZoneQueries(filter, order);
    }

    /** The Elasticsearch requests of one listing: the filter's conditions plus each zone's. */
    final class ZoneQueries implements TargetRowStream.Source {
        private final TargetFilter filter;
        private final TargetOrder order;
        private final TargetOrder.Key key;

        ZoneQueries(TargetFilter filter, TargetOrder order) {
            this.filter = filter;
            this.order = order;
            this.key = order.key();
        }

        @Override
        public List<TargetRowStream.ReportRows> reports(TargetRowStream.Zone zone, List<FieldValue> searchAfter,
                                                        int reports, int rowsPerReport) throws IOException {
            List<Query> reportClauses = new ArrayList<>(filter.reportClauses());
            List<Query> targetClauses = new ArrayList<>();
            targetClauses.add(filter.targetQuery());
            (key.onTarget ? targetClauses : reportClauses).add(zoneClause(zone));
            if (zone.after() != null) {
                reportClauses.add(Query.of(q -> q.range(r -> r.term(t -> t.field("reportId").gte(zone.after().reportId())))));
            }
            Query nested = Query.of(q -> q.bool(b -> b.filter(targetClauses)));
            SearchRequest.Builder request = request(reportClauses, nested, rowsPerReport, zone).size(reports)
                    .sort(reportSort(zone, nested));
            if (searchAfter != null) {
                request.searchAfter(searchAfter);
            }
            SearchResponse<Void> response = client.search(request.build(), Void.class);
            List<TargetRowStream.ReportRows> result = new ArrayList<>();
            for (Hit<Void> hit : response.hits().hits()) {
                Object sortKey = zone.kind() == TargetRowStream.ZoneKind.BEYOND ? keyOf(hit.sort().get(0)) : zone.key();
                result.add(reportRows(hit, sortKey));
            }
            return result;
        }

        @Override
        public TargetRowStream.ReportRows rowsAfter(TargetRowStream.Zone zone, RankedRow last, int rows) throws IOException {
            List<Query> reportClauses = List.of(Query.of(q -> q.term(t -> t.field("reportId").value(last.reportId()))));
            List<Query> targetClauses = new ArrayList<>();
            targetClauses.add(filter.targetQuery());
            if (key.onTarget) {
                targetClauses.add(zoneClause(zone));
            }
            targetClauses.add(afterRow(zone, last));
            Query nested = Query.of(q -> q.bool(b -> b.filter(targetClauses)));
            SearchResponse<Void> response = client.search(request(reportClauses, nested, rows, zone).size(1).build(), Void.class);
            if (response.hits().hits().isEmpty()) {
                return new TargetRowStream.ReportRows(last.reportId(), last.key(), List.of(), List.of(), false);
            }
            return reportRows(response.hits().hits().get(0), last.key());
        }

        private SearchRequest.Builder request(List<Query> reportClauses, Query nested, int rowsPerReport,
                                              TargetRowStream.Zone zone) {
            List<Query> clauses = new ArrayList<>(reportClauses);
            clauses.add(Query.of(q -> q.nested(n -> n.path("targets").query(nested)
                    .innerHits(ih -> ih.name(INNER_HITS).size(rowsPerReport)
                            .storedFields(NO_STORED_FIELDS)
                            .docvalueFields(TARGET_FIELDS.stream().map(f -> FieldAndFormat.of(ff -> ff.field(f))).toList())
                            .sort(innerSort(zone))))));
            return new SearchRequest.Builder().index(alias)
                    .query(q -> q.bool(b -> b.filter(clauses)))
                    .storedFields(NO_STORED_FIELDS)
                    .docvalueFields(REPORT_FIELDS.stream().map(f -> FieldAndFormat.of(ff -> ff.field(f))).toList())
                    .trackTotalHits(t -> t.enabled(false));
        }

        /** The zone's condition on the key: beyond the cursor's key, equal to it, or absent. */
        private Query zoneClause(TargetRowStream.Zone zone) {
            return switch (zone.kind()) {
                case TIED -> Query.of(q -> q.term(t -> t.field(key.field).value(fieldValue(zone.key()))));
                case MISSING -> Query.of(q -> q.bool(b -> b.mustNot(m -> m.exists(e -> e.field(key.field)))));
                case BEYOND -> zone.key() == null ? Query.of(q -> q.exists(e -> e.field(key.field))) : beyond(zone.key());
            };
        }

        private Query beyond(Object k) {
            if (key.numeric) {
                double v = (Double) k;
                return Query.of(q -> q.range(r -> r.number(n -> order.descending() ? n.field(key.field).lt(v) : n.field(key.field).gt(v))));
            }
            String v = (String) k;
            return Query.of(q -> q.range(r -> r.term(t -> order.descending() ? t.field(key.field).lt(v) : t.field(key.field).gt(v))));
        }

        /** Targets of one report after a row: later in the key, or the same key and a later position. */
        private Query afterRow(TargetRowStream.Zone zone, RankedRow last) {
            Query laterPosition = Query.of(q -> q.range(r -> r.number(n -> n.field(POSITION).gt((double) last.position()))));
            if (!key.onTarget || zone.kind() != TargetRowStream.ZoneKind.BEYOND) {
                return laterPosition;
            }
            Query sameKey = Query.of(q -> q.term(t -> t.field(key.field).value(fieldValue(last.key()))));
            return Query.of(q -> q.bool(b -> b
                    .should(beyond(last.key()))
                    .should(s -> s.bool(bb -> bb.filter(sameKey, laterPosition)))
                    .minimumShouldMatch("1")));
        }

        /** Reports by their first row in the zone, then by id; in the zones of one key value, by id. */
        private List<SortOptions> reportSort(TargetRowStream.Zone zone, Query nested) {
            SortOptions byId = SortOptions.of(s -> s.field(f -> f.field("reportId").order(SortOrder.Asc)));
            if (zone.kind() != TargetRowStream.ZoneKind.BEYOND) {
                return List.of(byId);
            }
            SortOrder direction = order.descending() ? SortOrder.Desc : SortOrder.Asc;
            SortOptions byKey = key.onTarget
                    ? SortOptions.of(s -> s.field(f -> f.field(key.field).order(direction)
                    .mode(order.descending() ? SortMode.Max : SortMode.Min)
                    .nested(n -> n.path("targets").filter(nested))))
                    : SortOptions.of(s -> s.field(f -> f.field(key.field).order(direction)));
            return List.of(byKey, byId);
        }

        private List<SortOptions> innerSort(TargetRowStream.Zone zone) {
            SortOptions byPosition = SortOptions.of(s -> s.field(f -> f.field(POSITION).order(SortOrder.Asc)));
            if (!key.onTarget || zone.kind() != TargetRowStream.ZoneKind.BEYOND) {
                return List.of(byPosition);
            }
            SortOrder direction = order.descending() ? SortOrder.Desc : SortOrder.Asc;
            return List.of(SortOptions.of(s -> s.field(f -> f.field(key.field).order(direction))), byPosition);
        }

        private TargetRowStream.ReportRows reportRows(Hit<Void> hit, Object sortKey) {
            Map<String, JsonData> report = hit.fields();
            InnerHitsResult inner = hit.innerHits().get(INNER_HITS);
            List<RankedRow> rows = new ArrayList<>();
            for (Hit<JsonData> target : inner.hits().hits()) {
                TargetRow row = row(report, target.fields());
                rows.add(new RankedRow(row, key.onTarget ? number(target.fields(), key.field)
                        : key.numeric ? number(report, key.field) : text(report, key.field)));
            }
            long total = inner.hits().total() == null ? rows.size() : inner.hits().total().value();
            return new TargetRowStream.ReportRows(text(report, "reportId"), sortKey, hit.sort(), rows, total > rows.size());
        }
    }

    static TargetRow row(Map<String, JsonData> report, Map<String, JsonData> target) {
        Double reportYear = number(report, "year");
        Double year = number(target, "targets.year");
        Double position = number(target, POSITION);
        String reportId = text(report, "reportId");
        Integer start = integer(target, "targets.start");
        Integer end = integer(target, "targets.end");
        String sentence = text(target, SENTENCE);
        return new TargetRow(
                reportId,
                new TargetRow.Source(text(report, "source.name")),
                text(report, "region.name"),
                text(report, "region.code"),
                year == null ? null : year.intValue(),
                reportYear == null ? null : reportYear.intValue(),
                text(target, "targets.code"),
                text(target, "targets.indicator"),
                number(target, "targets.value"),
                number(target, "targets.min"),
                number(target, "targets.max"),
                text(target, "targets.unit"),
                text(target, "targets.comparator"),
                text(target, "targets.kind"),
                text(target, TARGET_TEXT),
                position == null ? 0 : position.intValue(),
                start,
                end,
                integer(target, "targets.page"),
                sentence,
                sentence != null ? TargetRow.link(reportId, integer(target, SENTENCE_START), integer(target, SENTENCE_END))
                        : TargetRow.link(reportId, start, end));
    }

    private static Integer integer(Map<String, JsonData> fields, String name) {
        Double v = number(fields, name);
        return v == null ? null : v.intValue();
    }

    /** A sort value as a key: numbers as {@code Double}, keywords as {@code String}. */
    static Object keyOf(FieldValue value) {
        if (value.isDouble()) {
            return value.doubleValue();
        }
        if (value.isLong()) {
            return (double) value.longValue();
        }
        return value.isString() ? value.stringValue() : null;
    }

    /** A key as a term value: whole numbers as longs (integer fields), others as doubles or strings. */
    static FieldValue fieldValue(Object key) {
        if (key instanceof Double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? FieldValue.of(d.longValue()) : FieldValue.of(d);
        }
        return FieldValue.of(key.toString());
    }

    private static JsonValue first(Map<String, JsonData> fields, String name) {
        JsonData data = fields == null ? null : fields.get(name);
        if (data == null) {
            return null;
        }
        JsonValue value = data.toJson();
        if (value instanceof JsonArray array) {
            return array.isEmpty() ? null : array.get(0);
        }
        return value;
    }

    private static String text(Map<String, JsonData> fields, String name) {
        JsonValue v = first(fields, name);
        return v instanceof JsonString s ? s.getString() : null;
    }

    private static Double number(Map<String, JsonData> fields, String name) {
        JsonValue v = first(fields, name);
        return v instanceof JsonNumber n ? n.doubleValue() : null;
    }
}
