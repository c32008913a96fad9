package org.baogao.text;

/**
 * Folds full-width ASCII variants (U+FF01..U+FF5E) and the ideographic space to ASCII, char for char,
 * so offsets never move. This is the part of NFKC the contract asks for; full NFKC is avoided on
 * purpose because it also rewrites ①, ⑴ and similar list markers that the outline needs.
 */
public final class WidthFolding {
    private static final char FIRST = '\uFF01';
    private static final char LAST = '\uFF5E';
    private static final int SHIFT = 0xFEE0;

    public static char fold(char c) {
        if (c >= FIRST && c <= LAST) {
            return (char) (c - SHIFT);
        }
        return c == '\u3000' ? ' ' : c;
    }

    public static String fold(String s) {
        char[] out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char f = fold(c);
            if (f != c) {
                if (out == null) {
                    out = s.toCharArray();
                }
                out[i] = f;
            }
        }
        return out == null ? s : new String(out);
    }

    private WidthFolding() {
    }
}
