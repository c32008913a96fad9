package org.baogao.analysis.quotes;

import org.baogao.cleaning.CleanedText;
import org.baogao.contracts.Target;

import java.text.Normalizer;
import java.util.List;

/**
 * A target's {@code text} is the sentence its number came from, shown to people as provenance. For a report written
 * in traditional (or mixed) script that is the clause as the source wrote it, not our simplified reading of it: a
 * reader in Taipei or Hong Kong checks the number against the original, and a quote copied from the source finds
 * it. Widths are folded (NFKC) and line breaks inside the clause dropped; {@code start}/{@code end} still locate the
 * clause in the report's simplified {@code text}. Simplified sources keep the cleaned clause.
 */
public final class SourceScriptQuotes {

    /** A raw span much longer than its clause held text cleaning removed (junk, furniture): keep the clean clause. */
    private static final int MAX_GROWTH = 3;

    public List<Target> apply(List<Target> targets, CleanedText cleaned) {
        if ("hans".equals(cleaned.script())) {
            return targets;
        }
        return targets.stream().map(t -> withSourceText(t, cleaned)).toList();
    }

    private static Target withSourceText(Target t, CleanedText cleaned) {
        int from = cleaned.rawOffset(t.start());
        int to = cleaned.rawOffset(t.end());
        if (from < 0 || to <= from || to > cleaned.rawText().length()
                || to - from > MAX_GROWTH * Math.max(1, t.end() - t.start())) {
            return t;
        }
        String source = Normalizer.normalize(cleaned.rawText().substring(from, to), Normalizer.Form.NFKC)
                .replaceAll("[ \\t\\u3000]*[\\r\\n]+[ \\t\\u3000]*", "").strip();
        if (source.isEmpty()) {
            return t;
        }
        return new Target(t.indicator(), t.code(), t.kind(), t.value(), t.min(), t.max(), t.unit(), t.comparator(),
                t.direction(), t.year(), t.period(), source, t.start(), t.end(), t.basis());
    }
}
