package org.baogao.cleaning.edit;

import org.baogao.contracts.QualityEntry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The text a cleaning stage works on, with the offset map back into the decoded raw text, in the spirit
 * of Lucene's CharFilter offset correction. A stage reads {@link #text()}, queues edits in increasing,
 * non-overlapping order and the pipeline {@link #commit()}s them: the new text is built in one linear pass
 * and every new offset gets the raw offset it came from. Kept characters keep their raw offset exactly;
 * characters of a replacement of equal length map one to one; those of a replacement of another length all
 * map to the start of the span they replaced.
 */
public final class EditableText {
    private static final int MAX_SHOWN = 80;

    private final String rawText;
    private String text;
    /** toRaw[i] = raw offset of text offset i; toRaw[text.length()] = rawText.length(). */
    private int[] toRaw;

    private final List<Edit> pending = new ArrayList<>();
    private final List<QualityEntry> repairs = new ArrayList<>();
    private final List<QualityEntry> flags = new ArrayList<>();
    /** Unreliable spans kept in raw offsets so later edits cannot move them. */
    private final List<int[]> unreliableRaw = new ArrayList<>();
    private final Map<String, String> header = new LinkedHashMap<>();
    private String sourceScript;

    public EditableText(String rawText) {
        this.rawText = rawText;
        this.text = rawText;
        this.toRaw = new int[rawText.length() + 1];
        for (int i = 0; i < toRaw.length; i++) {
            toRaw[i] = i;
        }
    }

    public String text() {
        return text;
    }

    public String rawText() {
        return rawText;
    }

    public int length() {
        return text.length();
    }

    /** Raw offset of offset {@code i} of the current text ({@code 0 <= i <= length()}). */
    public int rawOffset(int i) {
        return toRaw[i];
    }

    /** Queues a repair: {@code [start, end)} of the current text becomes {@code replacement}, recorded as {@code kind}. */
    public void replace(int start, int end, String replacement, String kind) {
        queue(start, end, replacement);
        repairs.add(entry(kind, start, end, replacement));
    }

    /** Queues a removal recorded as {@code kind}. */
    public void delete(int start, int end, String kind) {
        replace(start, end, "", kind);
    }

    /** Queues a normalization (width folding, script conversion) that is not noise and is not recorded. */
    public void normalize(int start, int end, String replacement) {
        queue(start, end, replacement);
    }

    /** Records that {@code [start, end)} looked wrong and was left alone. */
    public void flag(int start, int end, String kind) {
        flags.add(entry(kind, start, end, null));
    }

    /** Flags {@code [start, end)} and marks it unreliable: extraction leaves it out. */
    public void markUnreliable(int start, int end, String kind) {
        flag(start, end, kind);
        unreliableRaw.add(new int[]{toRaw[start], Math.max(toRaw[end], toRaw[start] + 1)});
    }

    public void putHeader(String key, String value) {
        header.putIfAbsent(key, value);
    }

    /** Records what script the source was written in, seen by the stage that converts it. */
    public void setSourceScript(String script) {
        this.sourceScript = script;
    }

    /** The source script if a stage recorded it, else null. */
    public String sourceScript() {
        return sourceScript;
    }

    public boolean hasPendingEdits() {
        return !pending.isEmpty();
    }

    /** Applies the queued edits in one pass, composing the offset map. */
    public void commit() {
        if (pending.isEmpty()) {
            return;
        }
        int growth = 0;
        for (Edit e : pending) {
            growth += e.replacement.length() - (e.end - e.start);
        }
        int newLength = text.length() + growth;
        StringBuilder out = new StringBuilder(newLength);
        int[] newToRaw = new int[newLength + 1];
        int from = 0;
        for (Edit e : pending) {
            for (int i = from; i < e.start; i++) {
                newToRaw[out.length()] = toRaw[i];
                out.append(text.charAt(i));
            }
            int oldSpan = e.end - e.start;
            int m = e.replacement.length();
            for (int k = 0; k < m; k++) {
                newToRaw[out.length()] = m == oldSpan ? toRaw[e.start + k] : toRaw[e.start];
                out.append(e.replacement.charAt(k));
            }
            from = e.end;
        }
        for (int i = from; i < text.length(); i++) {
            newToRaw[out.length()] = toRaw[i];
            out.append(text.charAt(i));
        }
        newToRaw[out.length()] = toRaw[text.length()];
        text = out.toString();
        toRaw = newToRaw;
        pending.clear();
    }

    /** Offsets of the current text map to raw offsets; these are the current text's offsets for the raw ones. */
    public List<int[]> unreliableSpans() {
        List<int[]> spans = new ArrayList<>();
        for (int[] raw : unreliableRaw) {
            int start = firstAtOrAfter(raw[0]);
            int end = Math.max(start, firstAtOrAfter(raw[1]));
            if (end > start) {
                spans.add(new int[]{start, end});
            }
        }
        return spans;
    }

    public int[] toRaw() {
        return toRaw.clone();
    }

    public List<QualityEntry> repairs() {
        return List.copyOf(repairs);
    }

    public List<QualityEntry> flags() {
        return List.copyOf(flags);
    }

    public Map<String, String> header() {
        return new LinkedHashMap<>(header);
    }

    private int firstAtOrAfter(int rawOffset) {
        int lo = 0;
        int hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (toRaw[mid] < rawOffset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private void queue(int start, int end, String replacement) {
        if (start < 0 || end > text.length() || start > end) {
            throw new IllegalArgumentException("edit [" + start + ", " + end + ") outside text of length " + text.length());
        }
        if (!pending.isEmpty() && pending.get(pending.size() - 1).end > start) {
            throw new IllegalArgumentException("edits must be queued in order without overlap: " + start);
        }
        pending.add(new Edit(start, end, replacement));
    }

    private QualityEntry entry(String kind, int start, int end, String after) {
        int rawStart = toRaw[start];
        int rawEnd = Math.max(rawStart, toRaw[end]);
        return new QualityEntry(kind, rawStart, rawEnd, shorten(rawText.substring(rawStart, rawEnd)),
                after == null ? null : shorten(after));
    }

    private static String shorten(String s) {
        return s.length() <= MAX_SHOWN ? s : s.substring(0, MAX_SHOWN - 1) + "…";
    }

    private record Edit(int start, int end, String replacement) {
    }
}
