package org.baogao.cleaning.layout;

import org.baogao.cleaning.edit.CleaningStage;
import org.baogao.cleaning.edit.EditableText;
import org.baogao.cleaning.model.Han;

import java.util.regex.Pattern;

/**
 * Joins sentences that print or PDF extraction broke across lines ({@code 冲刺\n\n年度目标任务}). A line
 * break (with any blank lines) goes when the line before ends inside a sentence (a character or a comma,
 * not sentence-final punctuation), the line before is prose rather than a heading, list item or header
 * field (it is long or a sentence ended inside it), and the line after does not start a heading or list item. Other paragraph breaks stay.
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

    @Override
    public void apply(EditableText text) {
        String s = text.text();
        int n = s.length();
        int lineStart = 0;
        while (lineStart < n) {
            int nl = s.indexOf('\n', lineStart);
            if (nl < 0) {
                return;
            }
            int contentEnd = nl;
            while (contentEnd > lineStart && s.charAt(contentEnd - 1) == ' ') {
                contentEnd--;
            }
            int next = nl;
            while (next < n && (s.charAt(next) == '\n' || s.charAt(next) == ' ')) {
                next++;
            }
            if (contentEnd > lineStart && next < n && continues(s, lineStart, contentEnd, next)) {
                text.delete(contentEnd, next, KIND);
            }
            lineStart = nl + 1;
        }
    }

    private static boolean continues(String s, int lineStart, int contentEnd, int next) {
        char last = s.charAt(contentEnd - 1);
        if (SENTENCE_FINAL.indexOf(last) >= 0) {
            return false;
        }
        if (!Han.isHan(last) && CONTINUING_PUNCTUATION.indexOf(last) < 0) {
            return false;
        }
        if (OPENING_PUNCTUATION.indexOf(last) >= 0 || CLOSING_PUNCTUATION.indexOf(s.charAt(next)) >= 0) {
            // No line ends with an opening bracket, none starts with a closing one: the break is inside a sentence.
            return true;
        }
        String line = s.substring(lineStart, contentEnd);
        if (!isProse(line) || LIST_START.matcher(line).find() || FIELD_LINE.matcher(line).find()) {
            return false;
        }
        char first = s.charAt(next);
        if (!Han.isHan(first) && CONTINUING_PUNCTUATION.indexOf(first) < 0 && !Character.isLetterOrDigit(first)
                && "，,、。;；".indexOf(first) < 0) {
            return false;
        }
        int lineEnd = s.indexOf('\n', next);
        String nextLine = s.substring(next, lineEnd < 0 ? s.length() : lineEnd);
        return !LIST_START.matcher(nextLine).find();
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
