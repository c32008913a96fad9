package org.baogao.search.targets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.baogao.contracts.Target;
import org.baogao.search.SearchProperties;
import org.baogao.search.web.BadRequestException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** {@code /api/targets}: quantitative targets and results as rows, as CSV, and compared across regions and years. */
@RestController
public class TargetsController {
    private final TargetSearch targets;
    private final int maxRows;

    public TargetsController(TargetSearch targets, SearchProperties properties) {
        this.targets = targets;
        this.maxRows = properties.api().maxTargetRows();
    }

    @Operation(summary = "Targets and results matching all conditions, as JSON rows or CSV (format=csv)")
    @GetMapping("/api/targets")
    public ResponseEntity<?> rows(
            @Parameter(description = "indicator code, e.g. gdp") @RequestParam(required = false) String code,
            @Parameter(description = "region name or code; includes regions inside it") @RequestParam(required = false) String region,
            @RequestParam(required = false) Integer yearFrom,
            @RequestParam(required = false) Integer yearTo,
            @Parameter(description = "target, achievement, plan (comma-separated)") @RequestParam(required = false) String kind,
            @RequestParam(required = false) Double min,
            @RequestParam(required = false) Double max,
            @Parameter(description = "json (default) or csv") @RequestParam(required = false, defaultValue = "json") String format)
            throws IOException {
        TargetFilter filter = TargetFilter.of(code, region, yearFrom, yearTo, kind, min, max);
        List<TargetRow> rows = targets.rows(filter, maxRows);
        return switch (format) {
            case "json" -> ResponseEntity.ok(Map.of("rows", rows));
            case "csv" -> ResponseEntity.ok()
                    .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("targets.csv").build().toString())
                    .body(TargetCsv.write(rows));
            default -> throw new BadRequestException("format", "format is json or csv");
        };
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
        List<TargetRow> rows = targets.rows(filter, maxRows);
        return TargetComparison.of(filter.code(), unit == null || unit.isBlank() ? null : unit.strip(), yearFrom, yearTo, rows);
    }
}
