package org.baogao.documents;

import java.util.ArrayList;
import java.util.List;

/**
 * Spaces that layout, not the writer, put into Chinese text. PDFBox puts a space wherever two runs of glyphs leave
 * a gap, and a Chinese PDF switches fonts between Han characters and digits or Latin letters
 * ({@code 全年实现 IPO申报 1家}); Tesseract sets Chinese characters apart ({@code 地 区 生 产}). Chinese writes
 * no spaces: spaces between two Chinese characters (or CJK punctuation) go, and a single space between one and a
 * digit, Latin letter or percent sign; spaces between Latin words stay. Page starts move with the text.
 */
public final class LayoutSpaces {
    private LayoutSpaces() {
    }

    public static String remove(String text) {
        return remove(text, new java.util.ArrayList<>());
    }

    /** @param pageStarts changed in place to the new offsets */
    public static String remove(String text, List<Integer> pageStarts) {
        StringBuilder out = new StringBuilder(text.length());
        List<Integer> starts = new ArrayList<>(pageStarts);
        int page = 0;
        for (int i = 0; i < text.length(); i++) {
            while (page < starts.size() && starts.get(page) == i) {
                pageStarts.set(page++, out.length());
            }
            char c = text.charAt(i);
            if (c == ' ' && !out.isEmpty() && isLayoutSpace(text, i, out.charAt(out.length() - 1))) {
                continue;
            }
            out.append(c);
        }
        while (page < starts.size()) {
            pageStarts.set(page++, out.length());
        }
        return out.toString();
    }

    /** A space after {@code before}: inside a run of spaces between Chinese, or alone between Chinese and a word. */
    private static boolean isLayoutSpace(String text, int i, char before) {
        int next = i;
        while (next < text.length() && text.charAt(next) == ' ') {
            next++;
        }
        if (next == text.length()) {
            return false;
        }
        char after = text.charAt(next);
        if (isChinese(before) && isChinese(after)) {
            return true;
        }
        boolean single = next == i + 1 && text.charAt(i - 1) == before;
        return single && ((isChinese(before) && isAsciiWord(after)) || (isAsciiWord(before) && isChinese(after)));
    }

    private static boolean isChinese(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || (c >= '\u3000' && c <= '\u303F')
                || (c >= '\uFF00' && c <= '\uFFEF') || c == '“' || c == '”' || c == '‘' || c == '’';
    }

    private static boolean isAsciiWord(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '%' || c == '.';
    }
}
