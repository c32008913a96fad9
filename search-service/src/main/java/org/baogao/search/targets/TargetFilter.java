package org.baogao.search.targets;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import org.baogao.contracts.Target;
import org.baogao.search.query.ReportFilter;
import org.baogao.search.web.BadRequestException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which targets to list: all conditions on one target hold for the same nested target document (code, kind,
 * year, value together), the region condition holds for the report that states it.
 *
 * @param code     indicator code, e.g. {@code gdp}
 * @param region   region name or code, children included
 * @param yearFrom first year the target applies to, inclusive
 * @param yearTo   last year the target applies to, inclusive
 * @param kinds    {@code target}, {@code achievement}, {@code plan}; empty for all
 * @param min      smallest value (of the value, the middle of a range, or its one bound)
 * @param max      largest value (likewise)
 */
public record TargetFilter(String code, String region, Integer yearFrom, Integer yearTo, List<String> kinds, Double min,
                           Double max) {
    static final Set<String> KINDS = Set.of(Target.TARGET, Target.ACHIEVEMENT, Target.PLAN);

    public static TargetFilter of(String code, String region, Integer yearFrom, Integer yearTo, String kind, Double min,
                                  Double max) {
        ReportFilter report = ReportFilter.of(region, null, yearFrom, yearTo, null, null, code);
        List<String> kinds = new ArrayList<>();
        if (kind != null && !kind.isBlank()) {
            for (String k : kind.split(",")) {
                String value = k.strip().toLowerCase(Locale.ROOT);
                if (!KINDS.contains(value)) {
                    throw new BadRequestException("kind", "kind is one of " + KINDS);
                }
                kinds.add(value);
            }
        }
        if (min != null && max != null && min > max) {
            throw new BadRequestException("min", "min is larger than max");
        }
        if (min != null && !Double.isFinite(min) || max != null && !Double.isFinite(max)) {
            throw new BadRequestException("min", "min and max are finite numbers");
        }
        String cleanCode = report.indicator() == null ? null : report.indicator().toLowerCase(Locale.ROOT);
        return new TargetFilter(cleanCode, report.region(), yearFrom, yearTo, List.copyOf(kinds), min, max);
    }

    /** Conditions on one nested target. */
    public Query targetQuery() {
        List<Query> clauses = new ArrayList<>();
        if (code != null) {
            clauses.add(Query.of(q -> q.term(t -> t.field("targets.code").value(code))));
        }
        if (!kinds.isEmpty()) {
            clauses.add(Query.of(q -> q.terms(t -> t.field("targets.kind")
                    .terms(v -> v.value(kinds.stream().map(co.elastic.clients.elasticsearch._types.FieldValue::of).toList())))));
        }
        if (yearFrom != null || yearTo != null) {
            clauses.add(range("targets.year", yearFrom == null ? null : yearFrom.doubleValue(),
                    yearTo == null ? null : yearTo.doubleValue()));
        }
        if (min != null || max != null) {
            clauses.add(range("targets.search.point", min, max));
        }
        return Query.of(q -> q.bool(b -> b.filter(clauses)));
    }

    /** Conditions on the report. */
    List<Query> reportClauses() {
        return ReportFilter.of(region, null, null, null, null, null, null).clauses();
    }

    private static Query range(String field, Double from, Double to) {
        return Query.of(q -> q.range(r -> r.number(n -> {
            n.field(field);
            if (from != null) {
                n.gte(from);
            }
            if (to != null) {
                n.lte(to);
            }
            return n;
        })));
    }
}
