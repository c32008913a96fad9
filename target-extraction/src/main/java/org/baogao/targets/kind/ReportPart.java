package org.baogao.targets.kind;

/**
 * Which part of a report a paragraph belongs to, as its headings and openings say.
 *
 * @param mode        review of the past year(s), plan for the report's year, multi-year goals, or unknown
 * @param horizonYear end year of a multi-year part (十四五 → 2025), else null
 */
public record ReportPart(Mode mode, Integer horizonYear) {

    public enum Mode { UNKNOWN, REVIEW, PLAN, MULTIYEAR }

    public static final ReportPart UNKNOWN = new ReportPart(Mode.UNKNOWN, null);
}
