package org.baogao.analysis.quotes;

import org.baogao.cleaning.CleanedText;
import org.baogao.contracts.Target;

import java.util.List;

/**
 * A target's {@code text} is the sentence its number came from, shown to people as provenance. For a report written
 * in traditional (or mixed) script that is the clause as the source wrote it, not our simplified reading of it: a
 * reader in Taipei or Hong Kong checks the number against the original, and a quote copied from the source finds
 * it. Each Han character of the cleaned clause is replaced by the character of the source it was read from; all
 * else (widths folded, noise cleaning removed, words it restored) stays as cleaned, so {@code start}/{@code end} still
 * locate the clause in the report's simplified {@code text}. Simplified sources keep the cleaned clause.
 */
public final class SourceScriptQuotes {

    public List<Target> apply(List<Target> targets, CleanedText cleaned) {
        if ("hans".equals(cleaned.script())) {
            return targets;
        }
        return targets.stream().map(t -> withSourceText(t, cleaned)).toList();
    }

    private static Target withSourceText(Target t, CleanedText cleaned) {
        String text = cleaned.text();
        String raw = cleaned.rawText();
        StringBuilder source = new StringBuilder(t.end() - t.start());
        for (int i = t.start(); i < t.end(); i++) {
            char c = text.charAt(i);
            int r = cleaned.rawOffset(i);
            char written = r >= 0 && r < raw.length() ? raw.charAt(r) : c;
            source.append(isHan(c) && isHan(written) ? written : c);
        }
        return new Target(t.indicator(), t.code(), t.kind(), t.value(), t.min(), t.max(), t.unit(), t.comparator(),
                t.direction(), t.year(), t.period(), source.toString(), t.start(), t.end(), t.basis());
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
