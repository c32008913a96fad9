package org.baogao.contracts;

/**
 * One quantitative statement.
 *
 * @param indicator  the indicator as written, normalized (simplified, no spaces), e.g. {@code 地区生产总值}
 * @param code       canonical indicator code ({@code gdp}, {@code urban_new_jobs}...) or null
 * @param kind       {@link #TARGET}, {@link #ACHIEVEMENT} or {@link #PLAN}
 * @param value      the number: percentages as written (6.5 for 6.5%), amounts in base units; null for pure ranges
 * @param min        lower bound of a range
 * @param max        upper bound of a range
 * @param unit       base unit: {@code %}, {@code ‰}, {@code 个百分点}, {@code 人}, {@code 元}, {@code 家}...
 * @param comparator {@code approx}, {@code gte}, {@code lte}, {@code eq} or {@code range}
 * @param direction  {@link #INCREASE} or {@link #DECREASE} when the text says which way the value moves
 *                   ({@code 增长6%}, {@code 能耗下降3%}: the value stays 3, the direction says decrease); null for a
 *                   level ({@code 达到1000亿元}, {@code 失业率5%左右}) or when the text does not say
 * @param year       the year it applies to (the end year for a multi-year plan)
 * @param period     the period as written for multi-year goals, e.g. {@code 2021-2025}; null otherwise
 * @param text       the clause it came from
 * @param start      offset of the clause in {@link EnrichedReport#text()}
 * @param end        end offset of the clause
 * @param basis      why the statement has its kind, for a reader to check: the evidence that decided it, e.g.
 *                   {@code part:review}, {@code cue:比上年}, {@code horizon:2030}, {@code year:2025}
 * @param page       page of the source document the clause starts on (1-based); null when the format has no pages
 */
public record Target(String indicator, String code, String kind, Double value, Double min, Double max, String unit,
                     String comparator, String direction, Integer year, String period, String text, int start, int end,
                     String basis, Integer page) {

    /** A target whose page is not known (yet). */
    public Target(String indicator, String code, String kind, Double value, Double min, Double max, String unit,
                  String comparator, String direction, Integer year, String period, String text, int start, int end,
                  String basis) {
        this(indicator, code, kind, value, min, max, unit, comparator, direction, year, period, text, start, end, basis, null);
    }

    public Target withPage(Integer newPage) {
        return new Target(indicator, code, kind, value, min, max, unit, comparator, direction, year, period, text, start,
                end, basis, newPage);
    }

    public static final String TARGET = "target";
    public static final String ACHIEVEMENT = "achievement";
    public static final String PLAN = "plan";

    public static final String APPROX = "approx";
    public static final String GTE = "gte";
    public static final String LTE = "lte";
    public static final String EQ = "eq";
    public static final String RANGE = "range";

    public static final String INCREASE = "increase";
    public static final String DECREASE = "decrease";
}
