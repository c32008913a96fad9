package org.baogao.targets;

import org.baogao.contracts.Target;

import java.util.List;

/**
 * Finds quantitative statements in cleaned, normalized report text. PROVISIONAL: finds nothing yet;
 * the grammar over normalized clauses replaces this body.
 */
public class TargetExtractor {

    /**
     * @param text       cleaned text (simplified, widths folded)
     * @param reportYear the year the report plans for, or null if unknown
     * @param skip       spans to leave out (text cleaning could not repair them)
     */
    public List<Target> extract(String text, Integer reportYear, SpanFilter skip) {
        return List.of();
    }

    /** Which spans of the text extraction must not read. */
    @FunctionalInterface
    public interface SpanFilter {
        SpanFilter NONE = (start, end) -> false;

        boolean skip(int start, int end);
    }
}
