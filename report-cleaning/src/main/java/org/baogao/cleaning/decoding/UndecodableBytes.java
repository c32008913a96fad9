package org.baogao.cleaning.decoding;

import org.baogao.cleaning.edit.CleaningStage;
import org.baogao.cleaning.edit.EditableText;

/**
 * Flags every run of replacement characters (U+FFFD) the decoder left where bytes were broken, so a text that
 * was readable but for a few damaged bytes says in {@code quality} where they were (raw offsets) instead of being
 * read in another charset as a whole. The characters stay: they are what the bytes said, and extraction skips them.
 */
public final class UndecodableBytes implements CleaningStage {
    public static final String KIND = "undecodable_bytes";

    @Override
    public String name() {
        return "undecodable";
    }

    @Override
    public void apply(EditableText text) {
        String s = text.text();
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\uFFFD') {
                int end = i + 1;
                while (end < s.length() && s.charAt(end) == '\uFFFD') {
                    end++;
                }
                text.flag(i, end, KIND);
                i = end - 1;
            }
        }
    }
}
