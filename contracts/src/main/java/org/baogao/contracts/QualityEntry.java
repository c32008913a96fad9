package org.baogao.contracts;

/**
 * One repair or flag.
 *
 * @param kind     what kind of noise: {@code pinyin_annotation}, {@code gbk_shift_mojibake}, {@code censored_pinyin},
 *                 {@code injected_junk}, {@code broken_line}, {@code page_furniture}, {@code footer}, {@code metadata_header}...
 * @param rawStart offset in the decoded raw text where it starts
 * @param rawEnd   offset in the decoded raw text where it ends
 * @param before   the raw text of the span (may be shortened)
 * @param after    what it became (empty when removed; null for flags)
 */
public record QualityEntry(String kind, int rawStart, int rawEnd, String before, String after) {
}
