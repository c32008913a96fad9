package org.baogao.cleaning.layout;

import org.baogao.cleaning.edit.CleaningStage;
import org.baogao.cleaning.edit.EditableText;
import org.baogao.cleaning.model.Han;

import java.util.regex.Pattern;

/**
 * Joins sentences that print or PDF extraction broke across lines ({@code 冲刺\n\n年度目标任务}). A line
 * break (with any blank lines) goes when the line before ends inside a sentence (a character, a comma, or a
 * number or Latin word the next line's Chinese continues: {@code 钟楼外国语等2\n所学校}), the line before is
 * prose rather than a heading, list item or header field (it is long, a sentence ended inside it, or it fills
 * the page width that most lines of a laid-out document share), and the line after does not start a heading or
 * list item. A Latin word hyphenated at the line end is joined without its hyphen. Other paragraph breaks stay.
 */
public final class BrokenLineJoining implements CleaningStage {
    public static final String KIND = "broken_line";
    private static final String SENTENCE_FINAL = "。！？!?;；:：…”」』)）";
    private static final String OPENING_PUNCTUATION = "《“「『（(";
    private static final String CLOSING_PUNCTUATION = "》」』）)”，,。、；;：:！？!?";
    private static final String CONTINUING_PUNCTUATION = "，,、“「《(（-—";
    private static final String SENTENCE_INSIDE = "。；;！？!?";
    private static final int PROSE_LENGTH = 40;
    private static final int CLAUSE_LINE = 16;
    private static final Pattern FIELD_LINE = Pattern.compile("^\\s*[\\p{IsHan}][\\p{IsHan} ]{0,12}[:：]");
    private static final Pattern LIST_START = Pattern.compile(
            "^\\s*([一二三四五六七八九十百]+[、.．]|[(（][一二三四五六七八九十\\d]+[)）]|\\d{1,2}[、.．](?!\\d)|第[一二三四五六七八九十百\\d]+[章节条部分篇]"
                    + "|[□■●◆◇★☆▲△※·•→]|[①-⑳]|[⑴-⒇]|——|—)");

    @Override
    public String name() {
        return "broken-lines";
    }

    /** Share of the lines that must have one length for a text to be laid out at a page width. */
    private static final double FULL_WIDTH_SHARE = 0.4;
    private static final int FULL_WIDTH_SLACK = 4;
    private static final int MIN_FULL_WIDTH = 20;

    @Override
    public void apply(EditableText text) {
        String s = text.text();
        int fullWidth = fullWidth(text);
        boolean blankLinesAreLayout = fullWidth > 0 && blankLinesInsideParagraphs(text, fullWidth) >= LAYOUT_BLANK_LINES;
        for (LineBreak b : lineBreaks(s)) {
            if (isHyphenated(s, b.lineStart(), b.contentEnd(), b.next())) {
                text.delete(b.contentEnd() - 1, b.next(), KIND);
            } else if (continues(s, b.lineStart(), b.contentEnd(), b.next(), fullWidth > 0
                    && (blankLinesAreLayout || !b.blankLineBetween())
                    && rawLength(text, b.lineStart(), b.contentEnd()) >= fullWidth)) {
                text.delete(b.contentEnd(), b.next(), KIND);
            }
        }
    }

    /**
     * A break between a line with words and the next line with words: where the line starts, where its words end
     * (spaces before the break aside), where the next words start, and whether blank lines lie between.
     */
    private record LineBreak(int lineStart, int contentEnd, int next, boolean blankLineBetween) {
    }

    /** Every break after a line with words that more words follow, in text order. */
    private static java.util.List<LineBreak> lineBreaks(String s) {
        java.util.List<LineBreak> out = new java.util.ArrayList<>();
        int n = s.length();
        int lineStart = 0;
        while (lineStart < n) {
            int nl = s.indexOf('\n', lineStart);
            if (nl < 0) {
                break;
            }
            int contentEnd = nl;
            while (contentEnd > lineStart && s.charAt(contentEnd - 1) == ' ') {
                contentEnd--;
            }
            int next = nl;
            while (next < n && (s.charAt(next) == '\n' || s.charAt(next) == ' ')) {
                next++;
            }
            if (contentEnd > lineStart && next < n) {
                out.add(new LineBreak(lineStart, contentEnd, next, blankLineBetween(s, nl, next)));
            }
            lineStart = nl + 1;
        }
        return out;
    }

    private static boolean continues(String s, int lineStart, int contentEnd, int next, boolean wrapped) {
        char last = s.charAt(contentEnd - 1);
        if (SENTENCE_FINAL.indexOf(last) >= 0) {
            return false;
        }
        boolean numberOrWord = isAsciiLetterOrDigit(last) || last == '%';
        if (!Han.isHan(last) && CONTINUING_PUNCTUATION.indexOf(last) < 0 && !numberOrWord) {
            return false;
        }
        if (numberOrWord && !Han.isHan(s.charAt(next)) && "%‰，,、。；;".indexOf(s.charAt(next)) < 0) {
            return false; // two Latin words or numbers on two lines: not one broken word
        }
        if (OPENING_PUNCTUATION.indexOf(last) >= 0 || CLOSING_PUNCTUATION.indexOf(s.charAt(next)) >= 0) {
            // No line ends with an opening bracket, none starts with a closing one: the break is inside a sentence.
            return true;
        }
        String line = s.substring(lineStart, contentEnd).strip();
        int nextEnd = s.indexOf('\n', next);
        if (isTableRow(line) || isTableRow(s.substring(next, nextEnd < 0 ? s.length() : nextEnd).strip())) {
            return false; // 序号   指标   单位 / 1   地区生产总值增长   %   3.5   6左右: rows of a table laid out in text
        }
        // A line as wide as the page was wrapped, whatever it starts with: the first line of a numbered paragraph.
        // 地区生产总值增长\n5%左右: an amount opening the next line finishes the predicate the line ended with
        boolean amountFollows = Han.isHan(last) && startsWithAmount(s, next);
        if (!wrapped && (!(isProse(line) || amountFollows) || LIST_START.matcher(line).find() || isField(line))) {
            return false;
        }
        char first = s.charAt(next);
        if (!Han.isHan(first) && CONTINUING_PUNCTUATION.indexOf(first) < 0 && !Character.isLetterOrDigit(first)
                && "，,、。;；%‰".indexOf(first) < 0) {
            return false;
        }
        int lineEnd = s.indexOf('\n', next);
        String nextLine = s.substring(next, lineEnd < 0 ? s.length() : lineEnd);
        return !LIST_START.matcher(nextLine).find();
    }

    /**
     * A header field (发布机构:常州市人民政府, 来源: 新华网), not a labelled sentence (经济:地区生产总值增长6.5%以上,规模以上
     * 工业增加值…), which goes on past a comma.
     */
    private static boolean isField(String line) {
        return FIELD_LINE.matcher(line).find() && line.indexOf('，') < 0 && line.indexOf(',') < 0;
    }

    /** A line whose cells are set apart by a tab or a run of spaces inside it: a row of a table. */
    private static boolean isTableRow(String line) {
        return line.indexOf('\t') > 0 || line.indexOf("  ") > 0;
    }

    /**
     * The text at {@code at} opens with an amount (5%左右, 300个, 1.2万亿元), not a date (2026年, 3月) nor a list
     * number (1. or 1、): paragraphs open with words or dates, so such a number goes on from the line before.
     */
    private static boolean startsWithAmount(String s, int at) {
        int i = at;
        while (i < s.length() && (isAsciiDigit(s.charAt(i)) || s.charAt(i) == '.' && i > at)) {
            i++;
        }
        if (i == at || i >= s.length()) {
            return false;
        }
        char after = s.charAt(i);
        return after == '%' || after == '‰' || Han.isHan(after) && "年月日号".indexOf(after) < 0;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** How many blank lines inside sentences make a text's blank lines layout rather than paragraph breaks. */
    private static final int LAYOUT_BLANK_LINES = 3;

    /**
     * Blank lines that fall inside a sentence: after a line of the page width that ends mid-sentence (a character or a
     * comma), before a line that goes on with words. PDF text extraction puts one after the indented first line of
     * many paragraphs (…主要预期目标是：地区生产总值\n\n增长6.5%左右); a text typed with blank lines between its
     * paragraphs has none, its lines ending in 。 before a blank line.
     */
    private static int blankLinesInsideParagraphs(EditableText text, int fullWidth) {
        String s = text.text();
        int count = 0;
        for (LineBreak b : lineBreaks(s)) {
            char last = s.charAt(b.contentEnd() - 1);
            if (b.blankLineBetween() && rawLength(text, b.lineStart(), b.contentEnd()) >= fullWidth
                    && (Han.isHan(last) || "，,、".indexOf(last) >= 0) && Han.isHan(s.charAt(b.next()))) {
                count++;
            }
        }
        return count;
    }

    /**
     * A blank line between two lines is a paragraph break of the layout: a line wrapped at the page width goes on in
     * the very next line, so the width alone is no evidence across a blank line.
     */
    private static boolean blankLineBetween(String s, int nl, int next) {
        return s.indexOf('\n', nl + 1) >= 0 && s.indexOf('\n', nl + 1) < next;
    }

    /** {@code environ-\nment}: a Latin word cut at the line end. */
    private static boolean isHyphenated(String s, int lineStart, int contentEnd, int next) {
        return contentEnd - lineStart >= 2 && s.charAt(contentEnd - 1) == '-'
                && isAsciiLetter(s.charAt(contentEnd - 2)) && s.charAt(next) >= 'a' && s.charAt(next) <= 'z';
    }

    /**
     * The shortest a line filling the page width of a laid-out document (PDF, OFD, a scan) is, in characters,
     * or 0 when the text has no such width (a text file has one paragraph per line). Lines of a page width vary by a few characters (digits and
     * Latin letters are narrower; removed annotations shorten them), so the widest band of
     * {@value #FULL_WIDTH_SLACK} + 2 lengths holding most lines gives the width; headings are shorter than
     * {@value #MIN_FULL_WIDTH}. Lengths are counted in the raw text.
     */
    static int fullWidth(EditableText text) {
        String s = text.text();
        int[] counts = new int[512];
        int lines = 0;
        int start = 0;
        while (start < s.length()) {
            int nl = s.indexOf('\n', start);
            int end = nl < 0 ? s.length() : nl;
            int length = rawLength(text, start, end);
            boolean shortListItem = length < MIN_FULL_WIDTH && LIST_START.matcher(s.substring(start, end)).find();
            if (length >= MIN_FULL_WIDTH / 2 && !shortListItem) {
                // short list items (●生产总值增长12%；) share a length too, but they are not wrapped text
                counts[Math.min(length, counts.length - 1)]++;
                lines++;
            }
            start = end + 1;
        }
        int bestTop = 0;
        int bestCount = 0;
        for (int top = MIN_FULL_WIDTH; top < counts.length - 1; top++) {
            int band = 0;
            for (int length = top - FULL_WIDTH_SLACK - 1; length <= top; length++) {
                band += counts[length];
            }
            if (band > bestCount) {
                bestTop = top;
                bestCount = band;
            }
        }
        return lines >= 10 && bestCount >= FULL_WIDTH_SHARE * lines ? bestTop - FULL_WIDTH_SLACK - 1 : 0;
    }

    /**
     * Characters the line had in the raw text, spaces at its ends aside: the width the layout filled, before
     * cleaning took readings or junk out of it.
     */
    private static int rawLength(EditableText text, int start, int end) {
        String s = text.text();
        while (start < end && Character.isWhitespace(s.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return end == start ? 0 : text.rawOffset(end - 1) - text.rawOffset(start) + 1;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9');
    }

    /**
     * Prose, not a heading: long, or a sentence ended inside it, or a clause ended inside a line of some
     * length (a line printed at the page width of a narrow column).
     */
    private static boolean isProse(String line) {
        if (line.length() >= PROSE_LENGTH) {
            return true;
        }
        for (int i = 0; i < line.length() - 1; i++) {
            char c = line.charAt(i);
            if (SENTENCE_INSIDE.indexOf(c) >= 0 || (line.length() >= CLAUSE_LINE && "，,、".indexOf(c) >= 0)) {
                return true;
            }
        }
        return false;
    }
}
