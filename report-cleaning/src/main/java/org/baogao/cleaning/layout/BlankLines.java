package org.baogao.cleaning.layout;

import org.baogao.cleaning.edit.CleaningStage;
import org.baogao.cleaning.edit.EditableText;

/**
 * One paragraph per line: runs of blank lines become one line end, spaces at line starts and ends
 * (indentation, trailing blanks) and at the start and end of the text go. Not noise, so not recorded.
 */
public final class BlankLines implements CleaningStage {

    @Override
    public String name() {
        return "blank-lines";
    }

    @Override
    public void apply(EditableText text) {
        String s = text.text();
        int n = s.length();
        int i = 0;
        while (i < n && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        if (i > 0) {
            text.normalize(0, i, "");
        }
        while (i < n) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\n') {
                int start = i;
                boolean newline = false;
                while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == '\n')) {
                    newline |= s.charAt(i) == '\n';
                    i++;
                }
                if (i == n) {
                    text.normalize(start, i, "");
                } else if (newline && !(i - start == 1 && c == '\n')) {
                    text.normalize(start, i, "\n");
                }
            } else {
                i++;
            }
        }
    }
}
