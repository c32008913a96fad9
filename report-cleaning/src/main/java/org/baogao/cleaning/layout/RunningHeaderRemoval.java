package org.baogao.cleaning.layout;

import org.baogao.cleaning.edit.CleaningStage;
import org.baogao.cleaning.edit.EditableText;
import org.baogao.cleaning.model.Han;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Removes running headers and footers: the short line a printed document repeats on every page (the report's
 * name, the issuing body, {@code 2024年政府工作报告 第3页} with its number), which PDF and OFD text layers
 * put between the last line of one page and the first of the next, often inside a sentence. A line is one if
 * it is short, Chinese (two Han characters at least), not a sentence, and comes back at least three times
 * (digits aside), never closer than a few lines apart, as pages are. The first occurrence stays when it opens
 * the text: there it is the title.
 */
public final class RunningHeaderRemoval implements CleaningStage {
    public static final String KIND = "running_header";
    private static final int MAX_LINE = 40;
    private static final int MIN_REPEATS = 3;
    /** Page furniture comes once a page; table cells and list labels repeat closer together. */
    private static final int MIN_GAP = 150;
    /** The title is among the first lines. */
    private static final int TITLE_LINES = 3;

    @Override
    public String name() {
        return "running-headers";
    }

    @Override
    public void apply(EditableText text) {
        String s = text.text();
        Map<String, List<int[]>> lines = new HashMap<>();
        int start = 0;
        int lineNumber = 0;
        while (start < s.length()) {
            int nl = s.indexOf('\n', start);
            int end = nl < 0 ? s.length() : nl;
            String line = s.substring(start, end).strip();
            if (isCandidate(line)) {
                lines.computeIfAbsent(line.replaceAll("\\d+", "#"), k -> new ArrayList<>())
                        .add(new int[]{start, nl < 0 ? end : end + 1, lineNumber});
            }
            if (!line.isEmpty()) {
                lineNumber++;
            }
            start = end + 1;
        }
        List<int[]> furniture = new ArrayList<>();
        for (List<int[]> occurrences : lines.values()) {
            // the title among the first lines stays; a page header right under it (a printed report's first
            // page carries both) is no closer to the next page's header than any other
            boolean titled = occurrences.get(0)[2] < TITLE_LINES;
            List<int[]> headers = titled ? occurrences.subList(1, occurrences.size()) : occurrences;
            if (occurrences.size() < MIN_REPEATS || !spacedLikePages(headers)) {
                continue;
            }
            furniture.addAll(headers);
        }
        // edits go in text order: lines of several repeated headers interleave
        furniture.sort(java.util.Comparator.comparingInt(line -> line[0]));
        furniture.forEach(line -> text.delete(line[0], line[1], KIND));
    }

    private static boolean isCandidate(String line) {
        if (line.isEmpty() || line.length() > MAX_LINE) {
            return false;
        }
        int han = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if ("。！？；，,;!?".indexOf(c) >= 0) {
                return false;
            }
            if (Han.isHan(c)) {
                han++;
            }
        }
        return han >= 2;
    }

    /**
     * Page after page, with at most one gap in ten closer than a page: a saved web page printed to PDF repeats its
     * title once more in the furniture after the last page header, which must not keep forty headers in the text.
     */
    private static boolean spacedLikePages(List<int[]> occurrences) {
        int gaps = occurrences.size() - 1;
        int close = 0;
        for (int i = 1; i < occurrences.size(); i++) {
            if (occurrences.get(i)[0] - occurrences.get(i - 1)[0] < MIN_GAP) {
                close++;
            }
        }
        return close * 10 <= gaps;
    }
}
