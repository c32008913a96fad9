package org.baogao.search.targets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.baogao.contracts.Target;
import org.baogao.search.web.BadRequestException;
import org.baogao.targets.indicator.IndicatorCatalogue;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** {@code GET /api/targets/changes}: which regions raised, lowered, kept, set or dropped a target against last year. */
@RestController
public class TargetChangesController {
    private final TargetComparisonSearch comparisons;
    private final IndicatorCatalogue catalogue;

    public TargetChangesController(TargetComparisonSearch comparisons, IndicatorCatalogue catalogue) {
        this.comparisons = comparisons;
        this.catalogue = catalogue;
    }

    @Operation(summary = "For each region: this year's target, last year's target and result, and the change (raised, "
            + "lowered, unchanged, new, dropped); JSON or CSV (format=csv)")
    @GetMapping("/api/targets/changes")
    public ResponseEntity<?> changes(
            @Parameter(description = "indicator code, e.g. gdp", required = true) @RequestParam String code,
            @Parameter(description = "the year whose targets are compared with the year before", required = true) @RequestParam Integer year,
            @Parameter(description = "region name or code; the region and the regions inside it") @RequestParam(required = false) String region,
            @Parameter(description = "unit to compare in (default: the most frequent one)") @RequestParam(required = false) String unit,
            @Parameter(description = "json (default) or csv") @RequestParam(defaultValue = "json") String format)
            throws IOException {
        if (code.isBlank()) {
            throw new BadRequestException("code", "code is required");
        }
        TargetFilter filter = TargetFilter.of(code, region, year - 1, year, Target.TARGET + "," + Target.ACHIEVEMENT, null, null);
        TargetComparison both = comparisons.compare(filter, unit == null || unit.isBlank() ? null : unit.strip());
        TargetChanges changes = TargetChanges.of(both, year,
                catalogue.byCode(filter.code()).map(IndicatorCatalogue.Indicator::direction).orElse(null));
        return switch (format) {
            case "json" -> ResponseEntity.ok(changes);
            case "csv" -> ResponseEntity.ok()
                    .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename("target-changes-" + filter.code() + "-" + year + ".csv").build().toString())
                    .body(TargetCsv.write(changes, ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()));
            default -> throw new BadRequestException("format", "format is json or csv");
        };
    }
}
