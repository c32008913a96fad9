package org.baogao.targets.kind;

/**
 * What a statement is and when it applies.
 *
 * @param kind   {@code target}, {@code achievement} or {@code plan}
 * @param year   the report's year for a target, the reported year for an achievement, the end year of a plan
 * @param period {@code 2021-2025} for multi-year statements whose span is known, else null
 * @param basis  the evidence that decided it, as {@code source:what} ({@code cue:比上年}, {@code part:review})
 */
public record Kind(String kind, Integer year, String period, String basis) {
}
