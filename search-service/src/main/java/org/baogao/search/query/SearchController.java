package org.baogao.search.query;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.baogao.search.SearchProperties;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;

/** {@code GET /api/search}: full-text search over reports with filters, facets and cursor paging. */
@RestController
public class SearchController {
    private final SearchService search;
    private final SearchProperties.Api limits;

    public SearchController(SearchService search, SearchProperties properties) {
        this.search = search;
        this.limits = properties.api();
    }

    @Operation(summary = "Search reports", description = "Reports holding every space-separated part of q as an exact phrase come first (match=phrase), then "
            + "reports holding all its words apart (match=words), then those holding at least half of them (match=partial); "
            + "traditional and full-width input is normalized like the reports. q=* or no q matches all reports.")
    @GetMapping("/api/search")
    public SearchResult search(
            @Parameter(description = "query, e.g. 新质生产力 or 發展") @RequestParam(required = false) String q,
            @Parameter(description = "region name or GB/T 2260 code; includes regions inside it") @RequestParam(required = false) String region,
            @Parameter(description = "region level: province, city, county, district, national") @RequestParam(required = false) String level,
            @RequestParam(required = false) Integer yearFrom,
            @RequestParam(required = false) Integer yearTo,
            @RequestParam(required = false) String docType,
            @Parameter(description = "taxonomy tag") @RequestParam(required = false) String topic,
            @Parameter(description = "target code, e.g. gdp") @RequestParam(required = false) String indicator,
            @Parameter(description = "relevance (default with q) or date (default without)") @RequestParam(required = false) String sort,
            @RequestParam(required = false) Integer size,
            @Parameter(description = "cursor from the previous page's 'next'") @RequestParam(required = false) String after)
            throws IOException {
        ReportFilter filter = ReportFilter.of(region, level, yearFrom, yearTo, docType, topic, indicator);
        return search.search(SearchParams.of(q, filter, sort, size, after, limits));
    }
}
