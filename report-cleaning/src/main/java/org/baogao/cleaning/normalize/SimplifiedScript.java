package org.baogao.cleaning.normalize;

import org.baogao.cleaning.edit.CleaningStage;
import org.baogao.cleaning.edit.EditableText;
import org.baogao.cleaning.model.Han;
import org.baogao.text.ScriptConverter;

/**
 * Traditional to simplified with HanLP's phrase-aware conversion, converting the whole text once. Where a
 * phrase conversion changed the length, that clause is aligned by its common prefix and suffix and only the
 * differing middle is replaced, so offsets stay exact everywhere else.
 */
public final class SimplifiedScript implements CleaningStage {
    private static final String CLAUSE_ENDS = "\n，。、；：！？,.;:!?（）()“”";

    @Override
    public String name() {
        return "t2s";
    }

    @Override
    public void apply(EditableText text) {
        String s = text.text();
        // Judged here, after byte-level repairs and before conversion, so mojibake does not count as script;
        // on the Chinese characters only, since HanLP's s2t also rewrites curly quotes as corner brackets.
        text.setSourceScript(ScriptConverter.detectScript(hanOnly(s)));
        String converted = ScriptConverter.toSimplified(s);
        if (converted.length() == s.length()) {
            replaceDifferingRuns(text, s, converted, 0);
            return;
        }
        // Some phrase changed length: convert clause by clause so only that clause needs aligning.
        int chunkStart = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i < s.length() && CLAUSE_ENDS.indexOf(s.charAt(i)) < 0) {
                continue;
            }
            String chunk = s.substring(chunkStart, i);
            String convertedChunk = ScriptConverter.toSimplified(chunk);
            if (convertedChunk.length() == chunk.length()) {
                replaceDifferingRuns(text, chunk, convertedChunk, chunkStart);
            } else {
                replaceMiddle(text, chunk, convertedChunk, chunkStart);
            }
            chunkStart = i;
        }
    }

    private static String hanOnly(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Han.isHan(c)) {
                out.append(c);
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static void replaceDifferingRuns(EditableText text, String before, String after, int offset) {
        int n = before.length();
        int i = 0;
        while (i < n) {
            if (before.charAt(i) == after.charAt(i)) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && before.charAt(i) != after.charAt(i)) {
                i++;
            }
            text.normalize(offset + start, offset + i, after.substring(start, i));
        }
    }

    private static void replaceMiddle(EditableText text, String before, String after, int offset) {
        int prefix = 0;
        int max = Math.min(before.length(), after.length());
        while (prefix < max && before.charAt(prefix) == after.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix
                && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
            suffix++;
        }
        text.normalize(offset + prefix, offset + before.length() - suffix,
                after.substring(prefix, after.length() - suffix));
    }
}
