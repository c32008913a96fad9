package org.baogao.cleaning.normalize;

import org.baogao.cleaning.edit.CleaningStage;
import org.baogao.cleaning.edit.EditableText;
import org.baogao.text.WidthFolding;

/** Full-width digits, letters and symbols to ASCII (char for char, so offsets map one to one). */
public final class WidthFoldingStage implements CleaningStage {

    @Override
    public String name() {
        return "width";
    }

    @Override
    public void apply(EditableText text) {
        String s = text.text();
        int n = s.length();
        int i = 0;
        while (i < n) {
            if (WidthFolding.fold(s.charAt(i)) == s.charAt(i)) {
                i++;
                continue;
            }
            int start = i;
            StringBuilder run = new StringBuilder();
            while (i < n && WidthFolding.fold(s.charAt(i)) != s.charAt(i)) {
                run.append(WidthFolding.fold(s.charAt(i)));
                i++;
            }
            text.normalize(start, i, run.toString());
        }
    }
}
