package org.baogao.search.targets;

import io.swagger.v3.oas.annotations.Parameter;

/**
 * The conditions on target rows as request parameters, shared by {@code /api/targets} (JSON and CSV) and
 * {@code /api/targets/stats}; checked and normalized by {@link TargetFilter#of}.
 */
public record TargetConditions(
        @Parameter(description = "indicator code, e.g. gdp") String code,
        @Parameter(description = "region name or code; includes regions inside it") String region,
        @Parameter(description = "first year the targets apply to") Integer yearFrom,
        @Parameter(description = "last year the targets apply to") Integer yearTo,
        @Parameter(description = "target, achievement, plan (comma-separated)") String kind,
        @Parameter(description = "smallest value (a range counts by its middle)") Double min,
        @Parameter(description = "largest value") Double max) {

    TargetFilter filter() {
        return TargetFilter.of(code, region, yearFrom, yearTo, kind, min, max);
    }
}
