package org.baogao.extract.pipeline;

import org.baogao.cleaning.CleanedText;

import java.util.ArrayList;
import java.util.List;

/**
 * Pages of the source document in the cleaned text. The reader gives where each page starts in the raw
 * (extracted) text; cleaning keeps, for every offset of its output, the raw offset it came from, so a page
 * starts at the first cleaned offset that came from that page or later, and an offset is on the last page
 * starting at or before it.
 */
final class PageMap {
    private final List<Integer> cleanStarts;

    private PageMap(List<Integer> cleanStarts) {
        this.cleanStarts = cleanStarts;
    }

    static PageMap of(List<Integer> rawStarts, CleanedText cleaned) {
        List<Integer> starts = new ArrayList<>(rawStarts.size());
        int[] toRaw = cleaned.toRaw();
        int c = 0;
        for (int rawStart : rawStarts) {
            while (c < toRaw.length - 1 && toRaw[c] < rawStart) {
                c++;
            }
            starts.add(c);
        }
        return new PageMap(starts);
    }

    /** Offset in the cleaned text where page 1, 2, ... starts; empty for formats without pages. */
    List<Integer> cleanStarts() {
        return cleanStarts;
    }

    /** Page (1-based) of an offset of the cleaned text, null for formats without pages. */
    Integer pageAt(int cleanOffset) {
        if (cleanStarts.isEmpty()) {
            return null;
        }
        int page = 1;
        for (int p = 1; p < cleanStarts.size() && cleanStarts.get(p) <= cleanOffset; p++) {
            page = p + 1;
        }
        return page;
    }
}
