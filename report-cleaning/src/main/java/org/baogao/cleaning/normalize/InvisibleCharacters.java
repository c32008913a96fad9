package org.baogao.cleaning.normalize;

import org.baogao.cleaning.edit.CleaningStage;
import org.baogao.cleaning.edit.EditableText;

/**
 * Line ends to {@code \n}, no-break and other odd spaces to a plain space, zero-width characters, stray
 * BOMs and control characters removed: what every later stage assumes about whitespace.
 */
public final class InvisibleCharacters implements CleaningStage {

    @Override
    public String name() {
        return "invisible";
    }

    @Override
    public void apply(EditableText text) {
        String s = text.text();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                boolean crlf = i + 1 < s.length() && s.charAt(i + 1) == '\n';
                text.normalize(i, crlf ? i + 2 : i + 1, "\n");
                if (crlf) {
                    i++;
                }
            } else if (c == '\u00A0' || c == '\u2002' || c == '\u2003' || c == '\u2009' || c == '\u202F' || c == '\t'
                    || c == '\f' || c == '\u000B') {
                text.normalize(i, i + 1, " ");
            } else if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF'
                    || c == '\u00AD' || (c < 0x20 && c != '\n') || c == 0x7F) {
                text.normalize(i, i + 1, "");
            }
        }
    }
}
