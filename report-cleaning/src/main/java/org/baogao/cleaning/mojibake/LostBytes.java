package org.baogao.cleaning.mojibake;

import org.baogao.cleaning.model.CharSimplifier;
import org.baogao.cleaning.model.ChineseScore;
import org.baogao.cleaning.model.Han;

/**
 * Guesses for the bytes a shifted run lost, each taken only on evidence from the character model: the
 * character whose lead byte became the {@code ?}, the one whose trail byte the decoder replaced at the end,
 * and pairs a lossy decoder dropped inside the run.
 */
final class LostBytes {
    /** Gain a dropped user-defined pair must bring at an implausible join to be restored. */
    private static final double MIN_GAP_GAIN = 3.5;
    /** How much better than any other the restoration of a dropped pair must read. */
    private static final double GAP_MARGIN = 2.0;
    /** Implausible joins tried for a dropped pair, per run. */
    private static final int MAX_GAP_TRIES = 8;
    private static final String LOST_PUNCTUATION = "。，、；：　";
    private static final String FULL_WIDTH_PUNCTUATION = "，。、；：？！“”（）《》";

    private final ChineseScore score;

    LostBytes(ChineseScore score) {
        this.score = score;
    }

    /**
     * The character whose lead byte became the {@code ?} and whose trail byte was dropped: the lead that,
     * with that trail, reads best between the character before and the repaired text. A Chinese character
     * is kept only if it joins both neighbours plausibly (seen in the corpus); else common punctuation
     * that fits; else nothing.
     */
    String guessLostCharacter(String s, int marker, int trail, String repaired) {
        char prev = CharSimplifier.simplify(characterBefore(s, marker));
        String next = repaired.substring(0, Math.min(2, repaired.length()));
        double bestHan = Double.NEGATIVE_INFINITY;
        char han = 0;
        double bestPunctuation = Double.NEGATIVE_INFINITY;
        char punctuation = 0;
        for (int lead = 0x81; lead <= 0xFE; lead++) {
            char c = GbkPairs.decode(lead, trail);
            if (c == 0) {
                continue;
            }
            char simplified = CharSimplifier.simplify(c);
            double sc = score.score(prev, c + next);
            if (Han.isHan(simplified)) {
                if (Han.isHan(prev) && score.model().count(prev, simplified) >= 3 && joinsNext(simplified, next)
                        && sc > bestHan) {
                    bestHan = sc;
                    han = c;
                }
            } else if (LOST_PUNCTUATION.indexOf(c) >= 0 && sc > bestPunctuation) {
                bestPunctuation = sc;
                punctuation = c;
            }
        }
        // A character seen after the one before beats punctuation, which fits almost anywhere.
        if (han != 0) {
            return String.valueOf(han);
        }
        return punctuation != 0 ? String.valueOf(punctuation) : "";
    }

    /**
     * The character of lead byte {@code lead} whose trail byte was replaced by a {@code ?}: the one that joins
     * the repaired character before it plausibly (seen in the corpus), best scored with the character after.
     */
    char guessLostTrail(int lead, CharSequence repaired, char after) {
        if (repaired.length() == 0) {
            return 0;
        }
        char prev = CharSimplifier.simplify(repaired.charAt(repaired.length() - 1));
        if (!Han.isHan(prev)) {
            return 0;
        }
        double best = Double.NEGATIVE_INFINITY;
        char guessed = 0;
        for (int trail = 0x40; trail <= 0xFE; trail++) {
            char c = GbkPairs.decode(lead, trail);
            if (c == 0) {
                continue;
            }
            char simplified = CharSimplifier.simplify(c);
            if (!Han.isHan(simplified) || score.model().count(prev, simplified) < 3) {
                continue;
            }
            double sc = score.score(prev, String.valueOf(c) + after);
            if (sc > best) {
                best = sc;
                guessed = c;
            }
        }
        return guessed;
    }

    /** {@code c} (simplified) is followed by non-Chinese text, or joins the next character as seen in the corpus. */
    private boolean joinsNext(char c, String next) {
        if (next.isEmpty()) {
            return true;
        }
        char n = CharSimplifier.simplify(next.charAt(0));
        return !Han.isHan(n) || score.model().count(c, n) >= 3;
    }

    /** The character before {@code i}, looking past a pinyin reading in parentheses written after it. */
    private static char characterBefore(String s, int i) {
        if (i == 0) {
            return '\n';
        }
        if (s.charAt(i - 1) == ')' || s.charAt(i - 1) == '）') {
            for (int j = i - 2; j > 0 && j >= i - 9; j--) {
                if (s.charAt(j) == '(' || s.charAt(j) == '（') {
                    return s.charAt(j - 1);
                }
            }
        }
        return s.charAt(i - 1);
    }

    /**
     * A lossy decoder drops mojibake pairs it cannot map, such as GBK's user-defined areas. After the
     * re-alignment such a drop shows as one character {@code (a b)} that should have been two,
     * {@code (a x)(y b)}, where {@code (x y)} was the dropped pair. Where a repaired character joins its
     * neighbours implausibly, every such split is tried and the best kept if it is far more plausible than
     * the run and clearly better than the next best split; null if two splits read about as well.
     */
    String restoreDroppedPairs(String s, int marker, String shifted, String repaired) {
        if (repaired.indexOf('\uFFFD') >= 0 || shifted.length() < 2 * repaired.length()) {
            return repaired;
        }
        char before = marker > 0 ? s.charAt(marker - 1) : '\n';
        int tries = 0;
        for (int q = 0; q < repaired.length() && tries < MAX_GAP_TRIES; q++) {
            if (!joinsImplausibly(repaired, q)) {
                continue;
            }
            tries++;
            int a = shifted.charAt(2 * q);
            int b = shifted.charAt(2 * q + 1);
            int from = Math.max(0, q - 2);
            int to = Math.min(repaired.length(), q + 3);
            char contextBefore = from == 0 ? before : repaired.charAt(from - 1);
            double baseline = score.score(contextBefore, repaired.substring(from, to));
            double bestGain = MIN_GAP_GAIN;
            double runnerUp = Double.NEGATIVE_INFINITY;
            String best = null;
            for (int x = 0xAA; x <= 0xFE; x++) {
                if (!GbkPairs.isUserDefinedLead(x)) {
                    continue;
                }
                char first = GbkPairs.decode(a, x);
                if (first == 0 || !Han.isHan(CharSimplifier.simplify(first))) {
                    continue;
                }
                for (int y = 0xA1; y <= 0xFE; y++) {
                    char second = GbkPairs.decode(y, b);
                    if (second == 0 || !Han.isHan(CharSimplifier.simplify(second)) && FULL_WIDTH_PUNCTUATION.indexOf(second) < 0) {
                        continue;
                    }
                    String window = repaired.substring(from, q) + first + second + repaired.substring(q + 1, to);
                    if (!allJoinsSeen(window)) {
                        continue;
                    }
                    double gain = score.score(contextBefore, window) - baseline;
                    if (gain > bestGain) {
                        runnerUp = best == null ? runnerUp : bestGain;
                        bestGain = gain;
                        best = repaired.substring(0, q) + first + second + repaired.substring(q + 1);
                    } else if (gain > runnerUp) {
                        runnerUp = gain;
                    }
                }
            }
            if (best != null) {
                // Two restorations that read about as well (（二） or （动）?) mean the bytes are not known.
                return bestGain - runnerUp >= GAP_MARGIN ? best : null;
            }
        }
        return repaired;
    }

    /** Every two adjacent Chinese characters of {@code window} occur together in the corpus. */
    private boolean allJoinsSeen(String window) {
        for (int i = 1; i < window.length(); i++) {
            char a = CharSimplifier.simplify(window.charAt(i - 1));
            char b = CharSimplifier.simplify(window.charAt(i));
            if (Han.isHan(a) && Han.isHan(b) && score.model().count(a, b) == 0) {
                return false;
            }
        }
        return true;
    }

    private boolean joinsImplausibly(String repaired, int q) {
        char c = CharSimplifier.simplify(repaired.charAt(q));
        if (!Han.isHan(c)) {
            return false;
        }
        boolean leftBad = q > 0 && Han.isHan(CharSimplifier.simplify(repaired.charAt(q - 1)))
                && score.model().count(CharSimplifier.simplify(repaired.charAt(q - 1)), c) == 0;
        boolean rightBad = q + 1 < repaired.length() && Han.isHan(CharSimplifier.simplify(repaired.charAt(q + 1)))
                && score.model().count(c, CharSimplifier.simplify(repaired.charAt(q + 1))) == 0;
        return leftBad || rightBad || score.model().count(c) == 0;
    }

}
