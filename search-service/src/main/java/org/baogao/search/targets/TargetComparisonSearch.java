package org.baogao.search.targets;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.LongTermsBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.aggregations.TermsAggregationExecutionHint;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.util.NamedValue;
import org.baogao.search.SearchProperties;
import org.baogao.search.index.ComparisonChoice;
import org.baogao.search.targets.TargetComparison.Choice;
import org.baogao.search.targets.TargetComparison.Statement;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link TargetComparison} from aggregations alone: no target row is read. Elasticsearch groups the
 * matching nested targets by region, kind and year (each target carries its report's region and year, copied at
 * index time) and picks one statement per group: the one stated in the report where it belongs (a target in the
 * report of its year, a result in the next year's), then the smallest report id, then the first in that report,
 * which is the smallest {@code targets.search.choice} key (see {@code SearchDocument}), and returns only that
 * statement's fields, from doc values.
 *
 * <p>Two requests at least: the first counts statements per unit (the comparison's unit is the one asked for, else
 * the most frequent) with the most frequent indicator name and how many regions there are; the second picks the
 * statements in that unit. Regions are split into hash partitions of the {@code terms} aggregation when one
 * request would hold more than {@link #BUCKETS_PER_REQUEST} buckets (a national comparison of every county over
 * twenty years), so no answer hits Elasticsearch's bucket limit.
 */
public class TargetComparisonSearch {
    static final String UNIT = "targets.unit";
    static final String REGION = "targets.search.region";
    static final String REGION_CODE = "targets.search.regionCode";
    static final String CHOICE = "targets.search.choice";
    /** What a chosen statement holds beside the numbers its choice key carries, read from doc values. */
    static final List<String> STATEMENT_KEYWORDS = List.of(TargetSearch.TARGET_TEXT, TargetSearch.SENTENCE);
    /** Buckets one request may build at most (every region stating every year): under Elasticsearch's {@code search.max_buckets} (65,536). */
    static final int BUCKETS_PER_REQUEST = 40_000;
    private static final String NO_UNIT = "";
    private static final int MAX_UNITS = 50;
    private static final int MAX_YEARS = 500;

    private final ElasticsearchClient client;
    private final String alias;

    public TargetComparisonSearch(ElasticsearchClient client, SearchProperties properties) {
        this.client = client;
        this.alias = properties.alias();
    }

    /**
     * @param filter code, region, years and kinds ({@code target,achievement}) of the statements compared
     * @param unit   the unit to compare in; null for the most frequent
     */
    public TargetComparison compare(TargetFilter filter, String unit) throws IOException {
        Units units = units(client.search(unitsRequest(alias, filter, unit), Void.class));
        String chosen = unit != null ? unit : TargetComparison.mostFrequentUnit(units.statements());
        Units.Summary summary = units.summaries().get(chosen == null ? NO_UNIT : chosen);
        List<Choice> choices = new ArrayList<>();
        if (summary != null) {
            int partitions = partitions(summary.regions(), summary.years(), summary.statements());
            for (int partition = 0; partition < partitions; partition++) {
                SearchResponse<Void> response = client.search(
                        cellsRequest(alias, filter, chosen, new Partition(partition, partitions, (int) summary.regions())), Void.class);
                choices.addAll(choices(response));
            }
        }
        return TargetComparison.of(filter.code(), summary == null ? null : summary.indicator(), chosen, filter.yearFrom(),
                filter.yearTo(), choices);
    }

    /**
     * How many partitions keep each request under {@link #BUCKETS_PER_REQUEST}: per region its own bucket, its
     * code and two kinds; per group of region, kind and year four (the year, the chosen target and its two
     * keywords). There are no more groups than statements, nor than regions × years × 2.
     */
    static int partitions(long regions, long years, long statements) {
        long groups = Math.min(statements, regions * Math.max(1, years) * 2);
        long buckets = regions * 4 + groups * 4;
        return (int) Math.max(1, (buckets + BUCKETS_PER_REQUEST - 1) / BUCKETS_PER_REQUEST);
    }

    /** One hash partition of the regions, and how many regions a partition may hold at most. */
    record Partition(int index, int of, int regions) {
    }

    /** Statements per unit, with the indicator name most often used and how many regions and years they span. */
    static SearchRequest unitsRequest(String alias, TargetFilter filter, String unit) {
        Aggregation perUnit = Aggregation.of(u -> u.terms(t -> t.field(UNIT).size(MAX_UNITS).missing(NO_UNIT))
                .aggregations("indicators", i -> i.terms(t -> t.field("targets.indicator").size(10)))
                .aggregations("regions", r -> r.cardinality(c -> c.field(REGION).precisionThreshold(10_000)))
                .aggregations("years", y -> y.cardinality(c -> c.field("targets.year"))));
        return SearchRequest.of(s -> s.index(alias).size(0).trackTotalHits(t -> t.enabled(false))
                .query(reportQuery(filter))
                .aggregations("targets", a -> a.nested(n -> n.path("targets"))
                        .aggregations("matching", m -> m.filter(statements(filter, unit == null ? null : List.of(unit)))
                                .aggregations("units", perUnit))));
    }

    /**
     * Per region, kind and year of one unit, the chosen statement's fields; {@code size: 0}, no hit is read. The
     * choice is a {@code terms} of size 1 on the choice key (own report first, smallest report id, first position),
     * which narrows the group to one target; the key carries the statement's numbers ({@link ComparisonChoice}), and
     * its clause and sentence are the one {@code terms} value each of that one document. {@code top_metrics} would
     * say it shorter but is not in the Elasticsearch the
     * project runs without Docker (the integ-test zip has no x-pack analytics); {@code top_hits} with the same sort
     * took 4–10× as long (a fetch per group). The high-cardinality keywords are aggregated by value
     * ({@code execution_hint: map}), not by global ordinals, which Elasticsearch would rebuild for every target's
     * text after each refresh while reports arrive (measured: 28 against 12 ms at 5,000 reports right after a
     * refresh, growing with the index).
     */
    static SearchRequest cellsRequest(String alias, TargetFilter filter, String unit, Partition partition) {
        Aggregation.Builder.ContainerBuilder first = new Aggregation.Builder().terms(t -> t.field(CHOICE).size(1)
                .order(NamedValue.of("_key", SortOrder.Asc)).executionHint(TermsAggregationExecutionHint.Map));
        STATEMENT_KEYWORDS.forEach(field -> first.aggregations(aggregationName(field), a -> a.terms(t -> t.field(field).size(1)
                .executionHint(TermsAggregationExecutionHint.Map))));
        Aggregation chosen = first.build();
        Aggregation perYear = Aggregation.of(y -> y.terms(t -> t.field("targets.year").size(MAX_YEARS)).aggregations("chosen", chosen));
        Aggregation perRegion = Aggregation.of(r -> r
                .terms(t -> {
                    t.field(REGION).size(partition.regions() + 100);
                    if (partition.of() > 1) {
                        t.include(i -> i.partition(p -> p.partition(partition.index()).numPartitions(partition.of())));
                    }
                    return t;
                })
                .aggregations("code", c -> c.terms(t -> t.field(REGION_CODE).size(1).order(NamedValue.of("_key", SortOrder.Asc))))
                .aggregations("kinds", k -> k.terms(t -> t.field("targets.kind").size(5)).aggregations("years", perYear)));
        return SearchRequest.of(s -> s.index(alias).size(0).trackTotalHits(t -> t.enabled(false))
                .query(reportQuery(filter))
                .aggregations("targets", a -> a.nested(n -> n.path("targets"))
                        .aggregations("matching", m -> m.filter(statements(filter, unit == null ? List.of() : List.of(unit)))
                                .aggregations("regions", perRegion))));
    }

    /** Reports holding a matching target, in the region asked for. */
    private static Query reportQuery(TargetFilter filter) {
        List<Query> clauses = new ArrayList<>(filter.reportClauses());
        clauses.add(Query.of(q -> q.nested(n -> n.path("targets").query(filter.targetQuery()))));
        return Query.of(q -> q.bool(b -> b.filter(clauses)));
    }

    /**
     * The nested targets compared: the filter's, of a report with a region, with a year, in the unit(s) given: none
     * for every unit, an empty list for statements without a unit.
     */
    private static Query statements(TargetFilter filter, List<String> units) {
        List<Query> clauses = new ArrayList<>();
        clauses.add(filter.targetQuery());
        clauses.add(Query.of(q -> q.exists(e -> e.field(REGION))));
        clauses.add(Query.of(q -> q.exists(e -> e.field("targets.year"))));
        if (units != null && units.isEmpty()) {
            clauses.add(Query.of(q -> q.bool(b -> b.mustNot(m -> m.exists(e -> e.field(UNIT))))));
        } else if (units != null) {
            clauses.add(Query.of(q -> q.term(t -> t.field(UNIT).value(units.get(0)))));
        }
        return Query.of(q -> q.bool(b -> b.filter(clauses)));
    }

    record Units(Map<String, Long> statements, Map<String, Summary> summaries) {
        record Summary(String indicator, long statements, long regions, long years) {
        }
    }

    static Units units(SearchResponse<Void> response) {
        Map<String, Long> statements = new HashMap<>();
        Map<String, Units.Summary> summaries = new HashMap<>();
        Aggregate matching = response.aggregations().get("targets").nested().aggregations().get("matching");
        for (StringTermsBucket unit : matching.filter().aggregations().get("units").sterms().buckets().array()) {
            String name = unit.key().stringValue();
            statements.put(name, unit.docCount());
            Map<String, Long> indicators = new HashMap<>();
            unit.aggregations().get("indicators").sterms().buckets().array()
                    .forEach(b -> indicators.put(b.key().stringValue(), b.docCount()));
            summaries.put(name, new Units.Summary(TargetComparison.mostFrequent(indicators).orElse(null), unit.docCount(),
                    unit.aggregations().get("regions").cardinality().value(), unit.aggregations().get("years").cardinality().value()));
        }
        return new Units(statements, summaries);
    }

    static List<Choice> choices(SearchResponse<Void> response) {
        Aggregate matching = response.aggregations().get("targets").nested().aggregations().get("matching");
        Aggregate regions = matching.filter().aggregations().get("regions");
        if (regions.sterms().sumOtherDocCount() != null && regions.sterms().sumOtherDocCount() > 0) {
            // The size is the regions counted beforehand plus a margin; a region left out would be a silent gap.
            throw new IllegalStateException("more regions than counted in a comparison partition");
        }
        List<Choice> choices = new ArrayList<>();
        for (StringTermsBucket region : regions.sterms().buckets().array()) {
            List<StringTermsBucket> codes = region.aggregations().get("code").sterms().buckets().array();
            String code = codes.isEmpty() ? null : codes.get(0).key().stringValue();
            for (StringTermsBucket kind : region.aggregations().get("kinds").sterms().buckets().array()) {
                for (LongTermsBucket year : kind.aggregations().get("years").lterms().buckets().array()) {
                    // one bucket (size 1), present whenever the year has a statement: every target indexed with a
                    // region has a choice key
                    for (StringTermsBucket chosen : year.aggregations().get("chosen").sterms().buckets().array()) {
                        choices.add(new Choice(region.key().stringValue(), code, kind.key().stringValue(), (int) year.key(),
                                statement(ComparisonChoice.of(chosen.key().stringValue()), keywords(chosen.aggregations()))));
                    }
                }
            }
        }
        return choices;
    }

    /** The one target's clause and sentence, by field name: the one term of each. */
    static Map<String, String> keywords(Map<String, Aggregate> aggregations) {
        Map<String, String> keywords = new HashMap<>();
        for (String field : STATEMENT_KEYWORDS) {
            List<StringTermsBucket> terms = aggregations.get(aggregationName(field)).sterms().buckets().array();
            if (!terms.isEmpty()) {
                keywords.put(field, terms.get(0).key().stringValue());
            }
        }
        return keywords;
    }

    /** An aggregation's name for a field: dots are paths in aggregation names. */
    static String aggregationName(String field) {
        return field.replace('.', '_');
    }

    static Statement statement(ComparisonChoice chosen, Map<String, String> keywords) {
        String sentence = keywords.get(TargetSearch.SENTENCE);
        String reportId = chosen.reportId();
        return new Statement(chosen.value(), chosen.min(), chosen.max(), chosen.comparator(), reportId, chosen.reportYear(),
                keywords.get(TargetSearch.TARGET_TEXT), chosen.page(), sentence,
                sentence != null ? TargetRow.link(reportId, chosen.sentenceStart(), chosen.sentenceEnd())
                        : TargetRow.link(reportId, chosen.start(), chosen.end()));
    }
}
