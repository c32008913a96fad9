package org.baogao.search.index;

/**
 * The sentence each target was stated in, cut from the report text around the target's clause: from the end
 * of the previous sentence (。！？ or a line break) to the end of its own. A reader wants the sentence
 * (今年主要预期目标是：地区生产总值增长7%左右，城镇新增就业10万人以上。), not the clause the number sits in.
 * A sentence runs on for a paragraph at times; it is cut at {@link #MAX_AROUND} characters on either side.
 */
public final class TargetSentences {
    static final int MAX_AROUND = 160;
    private static final String ENDS = "。！？!?\n";

    /**
     * @param start offset of the sentence in the report text
     * @param end   offset after it
     */
    public record Sentence(int start, int end, String text) {
    }

    /** The sentence around the clause at {@code clauseStart}–{@code clauseEnd}, or null where the offsets do not fit the text. */
    public static Sentence around(String text, int clauseStart, int clauseEnd) {
        if (text == null || clauseStart < 0 || clauseEnd > text.length() || clauseStart > clauseEnd) {
            return null;
        }
        int start = clauseStart;
        int floor = Math.max(0, clauseStart - MAX_AROUND);
        while (start > floor && ENDS.indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        int end = clauseEnd;
        int ceiling = Math.min(text.length(), clauseEnd + MAX_AROUND);
        boolean ended = end > clauseStart && ENDS.indexOf(text.charAt(end - 1)) >= 0;
        while (!ended && end < ceiling) {
            ended = ENDS.indexOf(text.charAt(end)) >= 0;
            end++;
        }
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Sentence(start, end, text.substring(start, end));
    }

    private TargetSentences() {
    }
}
