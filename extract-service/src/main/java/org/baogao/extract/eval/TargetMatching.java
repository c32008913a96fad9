package org.baogao.extract.eval;

import org.baogao.contracts.Target;

import java.text.Normalizer;
import java.util.List;

/**
 * The matching rules of {@code target-gold.md}: an extracted target matches a gold entry when it is a
 * {@code target}, its value (or range) equals the gold one, its code is one of the gold codes (when the gold names
 * any), and its clause shares a run of at least six characters with the quote (NFKC, whitespace removed). An extra
 * whose clause shares eight characters with an optional entry's quote is excused.
 */
final class TargetMatching {

    static boolean matches(GoldFile.Entry gold, Target t) {
        if (!Target.TARGET.equals(t.kind()) || !sameValue(gold, t)) {
            return false;
        }
        if (!gold.codes().isEmpty() && !gold.codes().contains(t.code())) {
            return false;
        }
        return gold.quote() == null || overlaps(gold.quote(), t.text(), 6);
    }

    static boolean excused(List<GoldFile.Entry> optional, Target t) {
        for (GoldFile.Entry o : optional) {
            if (o.quote() != null && !o.quote().isEmpty() && overlaps(o.quote(), t.text(), 8)) {
                return true;
            }
            if (t.code() != null && o.codes().contains(t.code())) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameValue(GoldFile.Entry gold, Target t) {
        if (gold.isRange()) {
            return close(t.min(), gold.min()) && close(t.max(), gold.max());
        }
        return close(t.value(), gold.value())
                || t.value() == null && close(t.min(), gold.value()) && close(t.max(), gold.value());
    }

    private static boolean close(Double a, Double b) {
        return a != null && b != null && Math.abs(a - b) <= 1e-6 * Math.max(1.0, Math.abs(b));
    }

    /** The quote and the clause share a run of {@code min(run, quote length)} characters. */
    private static boolean overlaps(String quote, String clause, int run) {
        String q = norm(quote);
        String c = norm(clause);
        return longestCommonRun(q, c) >= Math.min(run, q.length());
    }

    static String norm(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    static int longestCommonRun(String a, String b) {
        int best = 0;
        int[] prev = new int[b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            int[] cur = new int[b.length() + 1];
            for (int j = 1; j <= b.length(); j++) {
                if (a.charAt(i - 1) == b.charAt(j - 1)) {
                    cur[j] = prev[j - 1] + 1;
                    best = Math.max(best, cur[j]);
                }
            }
            prev = cur;
        }
        return best;
    }

    private TargetMatching() {
    }
}
