package org.baogao.search.query;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import org.baogao.search.web.BadRequestException;
import org.baogao.text.ChineseNormalizer;

import java.util.ArrayList;
import java.util.List;

/**
 * Filters on report fields. Values are normalized like indexed text and end up only as term values in typed
 * queries, never as query syntax.
 *
 * @param region    a region name or GB/T 2260 code; matches the region and every region inside it
 * @param level     {@code province}, {@code city}, {@code county}, {@code district}, {@code national}
 * @param yearFrom  first report year, inclusive
 * @param yearTo    last report year, inclusive
 * @param docType   e.g. {@code government_work_report}
 * @param topic     taxonomy tag, e.g. {@code 新能源}
 * @param indicator target code, e.g. {@code gdp}: reports stating a target or result for it
 */
public record ReportFilter(String region, String level, Integer yearFrom, Integer yearTo, String docType, String topic,
                           String indicator) {
    static final int MAX_VALUE_LENGTH = 64;

    public static ReportFilter of(String region, String level, Integer yearFrom, Integer yearTo, String docType,
                                  String topic, String indicator) {
        if (yearFrom != null && yearTo != null && yearFrom > yearTo) {
            throw new BadRequestException("yearFrom", "yearFrom is after yearTo");
        }
        return new ReportFilter(clean("region", region), clean("level", level), year("yearFrom", yearFrom),
                year("yearTo", yearTo), clean("docType", docType), clean("topic", topic), clean("indicator", indicator));
    }

    public static ReportFilter none() {
        return new ReportFilter(null, null, null, null, null, null, null);
    }

    /** The filter clauses on report documents. */
    public List<Query> clauses() {
        List<Query> clauses = new ArrayList<>();
        if (region != null) {
            clauses.add(regionClause(region));
        }
        if (level != null) {
            clauses.add(Query.of(q -> q.term(t -> t.field("region.level").value(level))));
        }
        if (yearFrom != null || yearTo != null) {
            clauses.add(Query.of(q -> q.range(r -> r.number(n -> {
                n.field("year");
                if (yearFrom != null) {
                    n.gte(yearFrom.doubleValue());
                }
                if (yearTo != null) {
                    n.lte(yearTo.doubleValue());
                }
                return n;
            }))));
        }
        if (docType != null) {
            clauses.add(Query.of(q -> q.term(t -> t.field("docType").value(docType))));
        }
        if (topic != null) {
            clauses.add(Query.of(q -> q.term(t -> t.field("topics.name").value(topic))));
        }
        if (indicator != null) {
            clauses.add(Query.of(q -> q.term(t -> t.field("search.indicatorCodes").value(indicator))));
        }
        return clauses;
    }

    /** A region by name (its own, its parent's or its province's) or by any code of its path. */
    static Query regionClause(String region) {
        return Query.of(q -> q.bool(b -> b
                .should(s -> s.term(t -> t.field("search.regionNames").value(region)))
                .should(s -> s.term(t -> t.field("search.regionCodes").value(region)))
                .minimumShouldMatch("1")));
    }

    private static String clean(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String normalized = ChineseNormalizer.normalize(value).strip();
        if (normalized.length() > MAX_VALUE_LENGTH) {
            throw new BadRequestException(name, name + " longer than " + MAX_VALUE_LENGTH + " characters");
        }
        return normalized;
    }

    private static Integer year(String name, Integer year) {
        if (year != null && (year < 1900 || year > 2200)) {
            throw new BadRequestException(name, name + " is a year between 1900 and 2200");
        }
        return year;
    }
}
