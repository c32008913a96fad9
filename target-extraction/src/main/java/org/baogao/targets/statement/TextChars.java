package org.baogao.targets.statement;

/** Character tests and small text helpers shared by the statement grammar. */
final class TextChars {

    /** CJK ideograph or Latin letter: part of a word, not punctuation or a digit. */
    static boolean isWordChar(char c) {
        return (c >= '\u4e00' && c <= '\u9fff') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    static int skipSpaces(String text, int i, int end) {
        while (i < end && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** The text between two offsets, stripped; "" when they touch. */
    static String gap(String text, int from, int to) {
        return from >= to ? "" : text.substring(from, to).strip();
    }

    static boolean startsWithAny(String text, int p, String[] words) {
        for (String w : words) {
            if (text.startsWith(w, p)) {
                return true;
            }
        }
        return false;
    }

    private TextChars() {
    }
}
