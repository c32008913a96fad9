package org.baogao.contracts;

/**
 * One heading of the outline.
 *
 * @param title heading text without its marker (（一）, 1., 一是...)
 * @param level 1 for top-level headings, deeper numbers below
 * @param start offset of the heading in {@link EnrichedReport#text()}
 * @param end   offset where the section ends (next heading of the same or higher level, or text end)
 * @param page  page of the source document the heading is on (1-based); null when the format has no pages
 */
public record Section(String title, int level, int start, int end, Integer page) {

    /** A heading whose page is not known (yet). */
    public Section(String title, int level, int start, int end) {
        this(title, level, start, end, null);
    }

    public Section withPage(Integer newPage) {
        return new Section(title, level, start, end, newPage);
    }
}
