package org.baogao.documents.tika;

import java.util.ArrayList;
import java.util.List;

/**
 * PDFBox puts a space wherever two runs of glyphs leave a gap, and a Chinese PDF switches fonts between Han
 * characters and digits or Latin letters ({@code 全年实现 IPO申报 1家}): those spaces are layout, not text,
 * and Chinese writes none. A single space between a Chinese character (or CJK punctuation) and a digit, Latin
 * letter or percent sign goes; spaces between Latin words stay. Page starts move with the text.
 */
final class PdfLayoutSpaces {
    private PdfLayoutSpaces() {
    }

    /** @param pageStarts changed in place to the new offsets */
    static String remove(String text, List<Integer> pageStarts) {
        StringBuilder out = new StringBuilder(text.length());
        List<Integer> starts = new ArrayList<>(pageStarts);
        int page = 0;
        for (int i = 0; i < text.length(); i++) {
            while (page < starts.size() && starts.get(page) == i) {
                pageStarts.set(page++, out.length());
            }
            char c = text.charAt(i);
            if (c == ' ' && i > 0 && i + 1 < text.length() && isLayoutGap(text.charAt(i - 1), text.charAt(i + 1))) {
                continue;
            }
            out.append(c);
        }
        while (page < starts.size()) {
            pageStarts.set(page++, out.length());
        }
        return out.toString();
    }

    private static boolean isLayoutGap(char before, char after) {
        return (isChinese(before) && isAsciiWord(after)) || (isAsciiWord(before) && isChinese(after));
    }

    private static boolean isChinese(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || (c >= '\u3000' && c <= '\u303F')
                || (c >= '\uFF00' && c <= '\uFFEF') || c == '“' || c == '”' || c == '‘' || c == '’';
    }

    private static boolean isAsciiWord(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '%' || c == '.';
    }
}
