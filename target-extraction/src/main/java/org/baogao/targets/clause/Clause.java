package org.baogao.targets.clause;

import java.util.List;

/**
 * A run of comma-separated segments that share one subject: the first segment names it, the
 * following ones continue it ({@code 地区生产总值达到1000亿元，比上年增长6%}).
 *
 * @param start         offset of the clause in the text
 * @param end           end offset
 * @param sentenceStart offset of the sentence the clause is in (cue words are read from there)
 * @param segments      the segments, in order
 */
public record Clause(int start, int end, int sentenceStart, List<Segment> segments) {

    /** One comma-separated piece; {@code continuation} when it carries on the previous subject. */
    public record Segment(int start, int end, boolean continuation) {
    }

    /** The segment containing {@code offset}. */
    public Segment segmentAt(int offset) {
        for (Segment s : segments) {
            if (offset >= s.start() && offset < s.end()) {
                return s;
            }
        }
        return segments.get(segments.size() - 1);
    }
}
