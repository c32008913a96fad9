package org.baogao.cleaning;

import org.baogao.contracts.Quality;
import org.baogao.contracts.QualityEntry;

import java.util.List;
import java.util.Map;

/**
 * A report's text after decoding and cleaning: what analysis reads.
 *
 * @param text              cleaned text: simplified, widths folded, noise removed; every later offset points here
 * @param rawText           the decoded raw text; {@link QualityEntry} offsets point here
 * @param toRaw             for each offset {@code i} of {@code text} (and {@code text.length()}), the offset in {@code rawText} it came from
 * @param script            {@code hans}, {@code hant} or {@code mixed}: what the source was written in
 * @param charset           charset the bytes were decoded with
 * @param charsetConfidence detector confidence 0..100
 * @param header            metadata header fields found and taken out of the body, keys simplified
 *                          (e.g. {@code 信息名称}, {@code 索引号}, {@code 发布机构}, {@code 生成日期}, {@code 公开日期})
 * @param repairs           what the stages changed
 * @param flags             what looked wrong and was left alone
 * @param unreliable        spans of {@code text} that could not be repaired; extraction skips them
 */
public record CleanedText(String text, String rawText, int[] toRaw, String script, String charset, int charsetConfidence,
                          Map<String, String> header, List<QualityEntry> repairs, List<QualityEntry> flags,
                          List<Span> unreliable) {

    public CleanedText {
        header = header == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(header));
        repairs = repairs == null ? List.of() : List.copyOf(repairs);
        flags = flags == null ? List.of() : List.copyOf(flags);
        unreliable = unreliable == null ? List.of() : List.copyOf(unreliable);
    }

    /** A text that needed no cleaning, for tests of what comes after cleaning. */
    public static CleanedText of(String text) {
        int[] identity = new int[text.length() + 1];
        for (int i = 0; i < identity.length; i++) {
            identity[i] = i;
        }
        return new CleanedText(text, text, identity, "hans", "UTF-8", 100, Map.of(), List.of(), List.of(), List.of());
    }

    public CleanedText withHeader(Map<String, String> newHeader) {
        return new CleanedText(text, rawText, toRaw, script, charset, charsetConfidence, newHeader, repairs, flags, unreliable);
    }

    /** The repairs and flags as the contract's {@link Quality}, for the enriched report. */
    public Quality quality() {
        return new Quality(repairs, flags);
    }

    /** Offset in {@link #rawText()} of offset {@code cleanOffset} in {@link #text()}. */
    public int rawOffset(int cleanOffset) {
        return toRaw[cleanOffset];
    }

    /** True if {@code [start, end)} overlaps a span cleaning could not repair. */
    public boolean isUnreliable(int start, int end) {
        for (Span s : unreliable) {
            if (s.start() < end && start < s.end()) {
                return true;
            }
        }
        return false;
    }

    /** A half-open range {@code [start, end)} of {@link #text()}. */
    public record Span(int start, int end) {
    }
}
