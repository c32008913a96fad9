package org.baogao.search.targets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.baogao.contracts.Target;
import org.baogao.search.SearchProperties;
import org.baogao.search.web.BadRequestException;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** {@code /api/targets}: quantitative targets and results as rows, as CSV, as aggregates, and compared across regions and years. */
@RestController
public class TargetsController {
    private final TargetSearch targets;
    private final TargetStats stats;
    private final TargetComparisonSearch comparisons;
    private final SearchProperties.Api limits;

    public TargetsController(TargetSearch targets, TargetStats stats, TargetComparisonSearch comparisons, SearchProperties properties) {
        this.targets = targets;
        this.stats = stats;
        this.comparisons = comparisons;
        this.limits = properties.api();
    }

    @Operation(summary = "Targets and results matching all conditions, a page of rows",
            description = "Rows are ordered by sort (region, reportYear, year or value; -value for descending), then report "
                    + "id and position. Pages follow the cursor in 'next' (after=); 'total' is on the first page. "
                    + "format=csv streams every matching row instead.")
    @GetMapping("/api/targets")
    public TargetPage rows(
            @ParameterObject TargetConditions conditions,
            @Parameter(description = "region (default), reportYear, year, value; leading - for descending") @RequestParam(required = false) String sort,
            @Parameter(description = "rows per page") @RequestParam(required = false) Integer size,
            @Parameter(description = "cursor from the previous page's 'next'") @RequestParam(required = false) String after,
            @Parameter(description = "json (default) or csv") @RequestParam(required = false, defaultValue = "json") String format)
            throws IOException {
        if (!format.equals("json")) {
            throw new BadRequestException("format", "format is json or csv");
        }
        TargetFilter filter = conditions.filter();
        TargetOrder order = TargetOrder.parse(sort);
        TargetCursor cursor = after == null || after.isBlank() ? null : TargetCursor.decode(after, order);
        return targets.page(filter, order, pageSize(size), cursor, cursor == null);
    }

    @Operation(summary = "Every target and result matching all conditions as CSV, streamed in the requested order")
    @GetMapping(path = "/api/targets", params = "format=csv")
    public ResponseEntity<StreamingResponseBody> csv(
            @ParameterObject TargetConditions conditions,
            @Parameter(description = "region (default), reportYear, year, value; leading - for descending") @RequestParam(required = false) String sort) {
        TargetFilter filter = conditions.filter();
        TargetOrder order = TargetOrder.parse(sort);
        String baseUrl = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        StreamingResponseBody body = out -> {
            try (TargetCsv csv = new TargetCsv(out, baseUrl)) {
                targets.forEach(filter, order, csv::row);
            }
        };
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("targets.csv").build().toString())
                .body(body);
    }

    @Operation(summary = "Count, smallest, median and largest value per region, year, kind and unit",
            description = "Computed by Elasticsearch without reading rows; regions are paged (size regions per page, after=).")
    @GetMapping("/api/targets/stats")
    public TargetStats.Page stats(
            @ParameterObject TargetConditions conditions,
            @Parameter(description = "regions per page") @RequestParam(required = false) Integer size,
            @Parameter(description = "cursor from the previous page's 'next'") @RequestParam(required = false) String after)
            throws IOException {
        TargetFilter filter = conditions.filter();
        return stats.page(filter, pageSize(size), after);
    }

    @Operation(summary = "One indicator across regions × years: target beside the result reported for that year")
    @GetMapping("/api/targets/compare")
    public TargetComparison compare(
            @Parameter(description = "indicator code, e.g. gdp", required = true) @RequestParam String code,
            @Parameter(description = "region name or code; the region and the regions inside it are compared") @RequestParam(required = false) String region,
            @RequestParam(required = false) Integer yearFrom,
            @RequestParam(required = false) Integer yearTo,
            @Parameter(description = "unit to compare in (default: the most frequent one)") @RequestParam(required = false) String unit)
            throws IOException {
        if (code.isBlank()) {
            throw new BadRequestException("code", "code is required");
        }
        if (yearFrom != null && yearTo != null && yearTo - yearFrom > 50) {
            throw new BadRequestException("yearTo", "at most 50 years at once");
        }
        TargetFilter filter = TargetFilter.of(code, region, yearFrom, yearTo, Target.TARGET + "," + Target.ACHIEVEMENT, null, null);
        return comparisons.compare(filter, unit == null || unit.isBlank() ? null : unit.strip());
    }

    private int pageSize(Integer size) {
        int pageSize = size == null ? limits.defaultTargetPageSize() : size;
        if (pageSize < 1 || pageSize > limits.maxTargetPageSize()) {
            throw new BadRequestException("size", "size is between 1 and " + limits.maxTargetPageSize());
        }
        return pageSize;
    }
}
