package org.baogao.contracts;

/**
 * One heading of the outline.
 *
 * @param title heading text without its marker (（一）, 1., 一是...)
 * @param level 1 for top-level headings, deeper numbers below
 * @param start offset of the heading in {@link EnrichedReport#text()}
 * @param end   offset where the section ends (next heading of the same or higher level, or text end)
 */
public record Section(String title, int level, int start, int end) {
}
