package org.baogao.cleaning.normalize;

import org.baogao.cleaning.edit.CleaningStage;
import org.baogao.cleaning.edit.EditableText;
import org.baogao.cleaning.model.CharSimplifier;
import org.baogao.cleaning.model.Han;
import org.baogao.text.ScriptConverter;

/**
 * Traditional to simplified with HanLP's phrase-aware conversion, applied to the stretches of clauses that
 * hold a traditional character (a simplified text costs one scan). Where a phrase conversion changed the
 * length, that clause is aligned by its common prefix and suffix and only the differing middle is replaced,
 * so offsets stay exact everywhere else. The source script is recorded from a sample of the text.
 */
public final class SimplifiedScript implements CleaningStage {
    private static final String CLAUSE_ENDS = "\n，。、；：！？,.;:!?（）()“”";
    private static final int SCRIPT_SAMPLE = 6000;

    @Override
    public String name() {
        return "t2s";
    }

    @Override
    public void apply(EditableText text) {
        String s = text.text();
        // Judged here, after byte-level repairs and before conversion, so mojibake does not count as script;
        // on the Chinese characters only, since HanLP's s2t also rewrites curly quotes as corner brackets.
        text.setSourceScript(sourceScript(hanSample(s)));
        // Only clauses holding a character that converts on its own go through HanLP (phrase conversions
        // always involve one); consecutive such clauses are converted together.
        int spanStart = -1;
        int clauseStart = 0;
        boolean clauseConverts = false;
        for (int i = 0; i <= s.length(); i++) {
            if (i < s.length() && CLAUSE_ENDS.indexOf(s.charAt(i)) < 0) {
                char c = s.charAt(i);
                clauseConverts |= Han.isHan(c) && CharSimplifier.simplify(c) != c;
                continue;
            }
            if (clauseConverts && spanStart < 0) {
                spanStart = clauseStart;
            } else if (!clauseConverts && spanStart >= 0) {
                convertSpan(text, s, spanStart, clauseStart);
                spanStart = -1;
            }
            clauseStart = i;
            clauseConverts = false;
        }
        if (spanStart >= 0) {
            convertSpan(text, s, spanStart, s.length());
        }
    }

    private static void convertSpan(EditableText text, String s, int start, int end) {
        String span = s.substring(start, end);
        String converted = ScriptConverter.toSimplified(span);
        if (converted.length() == span.length()) {
            replaceDifferingRuns(text, span, converted, start);
            return;
        }
        // Some phrase changed length: convert clause by clause so only that clause needs aligning.
        int chunkStart = start;
        for (int i = start + 1; i <= end; i++) {
            if (i < end && CLAUSE_ENDS.indexOf(s.charAt(i)) < 0) {
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

    /**
     * A sample without a single character that converts on its own is simplified: t2s would leave it as it is
     * (phrase conversions always involve such a character), so there is nothing traditional to count, and
     * HanLP's two conversions of the sample are skipped.
     */
    private static String sourceScript(String sample) {
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            if (c != '\n' && CharSimplifier.simplify(c) != c) {
                return ScriptConverter.detectScript(sample);
            }
        }
        return ScriptConverter.HANS;
    }

    /** The first {@value #SCRIPT_SAMPLE} Chinese characters, runs separated by line ends: enough to tell the script. */
    private static String hanSample(String s) {
        StringBuilder out = new StringBuilder(Math.min(s.length(), SCRIPT_SAMPLE * 2));
        int han = 0;
        for (int i = 0; i < s.length() && han < SCRIPT_SAMPLE; i++) {
            char c = s.charAt(i);
            if (Han.isHan(c)) {
                out.append(c);
                han++;
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
