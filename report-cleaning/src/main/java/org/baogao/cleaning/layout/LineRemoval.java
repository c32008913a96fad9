package org.baogao.cleaning.layout;

import org.baogao.cleaning.edit.CleaningStage;
import org.baogao.cleaning.edit.EditableText;

/**
 * A stage that removes whole lines it recognises (the line and its line end). Subclasses say which lines.
 */
abstract class LineRemoval implements CleaningStage {

    /** Whether the line (without its line end, trimmed) is one to remove. */
    abstract boolean isRemovable(String line);

    /** Same, knowing the last non-blank line before it (empty at the start). */
    boolean isRemovable(String previousLine, String line) {
        return isRemovable(line);
    }

    abstract String kind();

    /** Called for each line removed, before it goes: a stage may keep what the line said (a date) as a header. */
    void removing(String line, EditableText text) {
    }

    @Override
    public void apply(EditableText text) {
        String s = text.text();
        int start = 0;
        String previous = "";
        while (start < s.length()) {
            int nl = s.indexOf('\n', start);
            int end = nl < 0 ? s.length() : nl;
            String line = s.substring(start, end).strip();
            if (!line.isEmpty() && isRemovable(previous, line)) {
                removing(line, text);
                text.delete(start, nl < 0 ? end : end + 1, kind());
            } else if (!line.isEmpty()) {
                previous = line;
            }
            start = end + 1;
        }
    }
}
