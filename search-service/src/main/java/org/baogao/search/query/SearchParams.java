package org.baogao.search.query;

import org.baogao.search.SearchProperties;
import org.baogao.search.web.BadRequestException;

/**
 * A validated search request. Built only through {@link #of}, which enforces the limits, so the query
 * builder never sees a value outside them.
 */
public record SearchParams(QueryText text, ReportFilter filter, Sort sort, int size, SearchCursor after) {

    public enum Sort {
        RELEVANCE, DATE;

        static Sort parse(String value, boolean hasText) {
            if (value == null || value.isBlank()) {
                return hasText ? RELEVANCE : DATE;
            }
            return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "relevance" -> RELEVANCE;
                case "date" -> DATE;
                default -> throw new BadRequestException("sort", "sort is 'relevance' or 'date'");
            };
        }
    }

    public static SearchParams of(String q, ReportFilter filter, String sort, Integer size, String after,
                                  SearchProperties.Api limits) {
        QueryText text = QueryText.parse(q, limits.maxQueryLength());
        int pageSize = size == null ? limits.defaultPageSize() : size;
        if (pageSize < 1 || pageSize > limits.maxPageSize()) {
            throw new BadRequestException("size", "size is between 1 and " + limits.maxPageSize());
        }
        Sort order = Sort.parse(sort, !text.matchesAll());
        SearchCursor cursor = after == null || after.isBlank() ? null : SearchCursor.decode(after, order);
        return new SearchParams(text, filter, order, pageSize, cursor);
    }
}
