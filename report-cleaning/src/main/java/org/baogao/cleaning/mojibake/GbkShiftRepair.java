package org.baogao.cleaning.mojibake;

import org.baogao.cleaning.edit.CleaningStage;
import org.baogao.cleaning.edit.EditableText;
import org.baogao.cleaning.model.ChineseScore;

import java.util.ArrayList;
import java.util.List;

/**
 * Repairs GBK text that was decoded one byte off. When a decoder loses one byte of a double-byte
 * character, it prints a {@code ?} for the orphan and then pairs every trail byte with the next lead
 * byte, producing rare characters and symbols ({@code ?。ㄋ模┩苿映青l} for {@code 　（四）推動城鄉}) until an
 * ASCII byte puts it back in step. The repair re-encodes such a run as GBK, drops the first byte (the
 * trail of the lost character), re-pairs the last lead byte with the ASCII character that follows, and
 * decodes again. It is accepted only if the result reads as Chinese far better than the run did
 * (character bigram model); a run that looks corrupted but does not repair is flagged unreliable. What
 * the shift lost ({@link LostBytes}) is guessed only on evidence; where it cannot be, the span is marked
 * unreliable. Runs whose orphan byte vanished without a {@code ?} are found by the symbols they contain.
 */
public final class GbkShiftRepair implements CleaningStage {
    public static final String KIND = "gbk_shift_mojibake";
    public static final String UNREPAIRED = "gbk_shift_mojibake_unrepaired";

    /** Minimum gain in mean log-probability per character for a repair to be taken. */
    private static final double MIN_GAIN = 2.5;
    /** Mean log-probability per character a repaired run must reach to read as Chinese. */
    private static final double MIN_READABLE = -9.5;
    private static final int MAX_RUN = 400;
    /** How far before a telltale symbol an unmarked shifted run may start. */
    private static final int MAX_UNMARKED_LEAD = 6;
    private static final double UNMARKED_GAIN_MARGIN = 1.5;
    /** Tables drawn with box characters are full of telltale symbols: bound the work they cause. */
    private static final int MAX_UNMARKED_ATTEMPTS = 200;

    private final ChineseScore score;
    private final LostBytes lostBytes;

    public GbkShiftRepair(ChineseScore score) {
        this.score = score;
        this.lostBytes = new LostBytes(score);
    }

    @Override
    public String name() {
        return "gbk-shift";
    }

    @Override
    public void apply(EditableText text) {
        String s = text.text();
        int n = s.length();
        int i = 0;
        int done = 0;
        int unmarkedAttempts = 0;
        while (i < n) {
            char c = s.charAt(i);
            if ((c == '?' || c == '\uFFFD') && i + 1 < n && startsRun(s, i + 1)) {
                Candidate best = candidate(s, i, i + 1);
                if (best != null && accepted(s, best)) {
                    best = withDroppedPairsRestored(s, best);
                    text.replace(best.start, best.end, best.repaired, KIND);
                    if (best.bytesLost) {
                        // Bytes were lost (the last trail with the resynchronising '?', or a dropped pair).
                        text.markUnreliable(best.start, best.end, UNREPAIRED);
                    }
                    done = best.end;
                    i = best.end;
                    continue;
                }
                if (best != null && looksCorrupted(s, best)) {
                    text.markUnreliable(best.start, best.end, UNREPAIRED);
                    done = best.end;
                    i = best.end;
                    continue;
                }
            }
            if (isMojibakeSymbol(c) && i > done) {
                Candidate best = unmarkedAttempts++ < MAX_UNMARKED_ATTEMPTS ? bestUnmarkedCandidate(s, done, i) : null;
                if (best != null) {
                    best = withDroppedPairsRestored(s, best);
                    text.replace(best.start, best.end, best.repaired, KIND);
                    done = best.end;
                    i = best.end;
                    continue;
                }
            }
            i++;
        }
    }

    /**
     * Symbols real report text does not use but shifted GBK is full of: bopomofo, box drawing, kana,
     * Cyrillic and Greek letters (all of them double-byte in GBK).
     */
    private static boolean isMojibakeSymbol(char c) {
        return (c >= '\u3100' && c <= '\u312F') || (c >= '\u2500' && c <= '\u257F') || (c >= '\u3040' && c <= '\u30FF')
                || (c >= '\u0400' && c <= '\u04FF') || (c >= '\u0370' && c <= '\u03FF');
    }

    /**
     * A decoder may also drop the orphan byte without printing a {@code ?}. Around such a symbol the start
     * of the shifted run is unknown: the few positions before it are tried, and the repair that gains most
     * is kept, if any is accepted.
     */
    private Candidate bestUnmarkedCandidate(String s, int done, int symbol) {
        List<Candidate> accepted = new ArrayList<>();
        List<Double> gains = new ArrayList<>();
        double bestGain = Double.NEGATIVE_INFINITY;
        for (int start = symbol; start >= Math.max(done, symbol - MAX_UNMARKED_LEAD); start--) {
            char c = s.charAt(start);
            if (c < 0x80 || !GbkPairs.isDoubleByte(c)) {
                break;
            }
            Candidate candidate = candidate(s, start, start);
            if (candidate != null && accepted(s, candidate)) {
                double gain = gain(s, candidate);
                accepted.add(candidate);
                gains.add(gain);
                bestGain = Math.max(bestGain, gain);
            }
        }
        // Starting too early shifts good characters into garbage; among the repairs that read about as
        // well as the best, the one reaching furthest back repairs the whole run.
        Candidate best = null;
        for (int k = 0; k < accepted.size(); k++) {
            if (gains.get(k) >= bestGain - UNMARKED_GAIN_MARGIN) {
                best = accepted.get(k);
            }
        }
        return best;
    }

    private static boolean startsRun(String s, int i) {
        char c = s.charAt(i);
        if (c >= 0x80) {
            return GbkPairs.isDoubleByte(c);
        }
        return isFoldedPunctuation(c) && i + 1 < s.length() && s.charAt(i + 1) >= 0x80
                && GbkPairs.isDoubleByte(s.charAt(i + 1));
    }

    /** ASCII punctuation that a width-folding step may have made of a full-width GBK character. */
    private static boolean isFoldedPunctuation(char c) {
        return "!,;:?()".indexOf(c) >= 0;
    }

    /**
     * The repair of the run that starts at {@code runStart} after the orphan marker at {@code marker}:
     * its bytes less the first, decoded again.
     */
    Candidate candidate(String s, int marker, int runStart) {
        int n = s.length();
        int j = runStart;
        StringBuilder bytes = new StringBuilder();
        if (s.charAt(j) < 0x80) {
            appendPair(bytes, (char) (s.charAt(j) + 0xFEE0));
            j++;
        }
        while (j < n && j - runStart < MAX_RUN && s.charAt(j) >= 0x80 && GbkPairs.isDoubleByte(s.charAt(j))) {
            appendPair(bytes, s.charAt(j));
            j++;
        }
        if (j - runStart < 2) {
            return null;
        }
        // bytes holds one char per byte (0..255); drop the first: the trail of the lost character.
        String shifted = bytes.substring(1);
        int end = j;
        boolean lost = false;
        StringBuilder repaired = new StringBuilder();
        int k = 0;
        for (; k + 1 < shifted.length(); k += 2) {
            char d = GbkPairs.decode(shifted.charAt(k), shifted.charAt(k + 1));
            repaired.append(d == 0 ? '\uFFFD' : d);
        }
        if (k < shifted.length()) {
            int lead = shifted.charAt(k);
            char next = j < n ? s.charAt(j) : 0;
            char d = next >= 0x40 && next <= 0x7E ? GbkPairs.decode(lead, next) : 0;
            if (d != 0) {
                repaired.append(d);
                shifted = shifted + next;
                end = j + 1;
            } else if (next == '?' || next == '\uFFFD') {
                // The decoder replaced the lead byte's lost trail byte by '?': guess it from the neighbours.
                char guessed = lostBytes.guessLostTrail(lead, repaired, j + 1 < n ? s.charAt(j + 1) : '\n');
                if (guessed != 0) {
                    repaired.append(guessed);
                    end = j + 1;
                } else {
                    lost = true;
                }
            } else {
                lost = true;
            }
        }
        String decoded = repaired.toString();
        String lostCharacter = lostBytes.guessLostCharacter(s, marker, bytes.charAt(0), decoded);
        return new Candidate(marker, runStart, end, lostCharacter + decoded, lost, shifted, lostCharacter.length());
    }

    /** The candidate with pairs a lossy decoder dropped put back (only worth trying once it is accepted). */
    private Candidate withDroppedPairsRestored(String s, Candidate c) {
        String decoded = c.repaired.substring(c.guessedPrefix);
        String restored = lostBytes.restoreDroppedPairs(s, c.start, c.shifted, decoded);
        if (restored == null) {
            return new Candidate(c.start, c.runStart, c.end, c.repaired, true, c.shifted, c.guessedPrefix);
        }
        return restored.equals(decoded) ? c : new Candidate(c.start, c.runStart, c.end,
                c.repaired.substring(0, c.guessedPrefix) + restored, c.bytesLost, c.shifted, c.guessedPrefix);
    }

    private static void appendPair(StringBuilder bytes, char c) {
        int code = GbkPairs.encode(c);
        bytes.append((char) (code >>> 8)).append((char) (code & 0xFF));
    }

    private boolean accepted(String s, Candidate c) {
        if (c.repaired.indexOf('\uFFFD') >= 0 || c.repaired.isEmpty()) {
            return false;
        }
        char before = c.start > 0 ? s.charAt(c.start - 1) : '\n';
        double repairedMean = score.score(before, c.repaired) / c.repaired.length();
        return repairedMean >= MIN_READABLE && gain(s, c) >= MIN_GAIN;
    }

    /** How much better, in mean log-probability per character, the repair reads than the run. */
    private double gain(String s, Candidate c) {
        char before = c.start > 0 ? s.charAt(c.start - 1) : '\n';
        String original = s.substring(c.runStart, c.end);
        return score.score(before, c.repaired) / c.repaired.length() - score.score(before, original) / original.length();
    }

    private boolean looksCorrupted(String s, Candidate c) {
        char before = c.start > 0 ? s.charAt(c.start - 1) : '\n';
        String original = s.substring(c.runStart, c.end);
        return score.score(before, original) / original.length() < MIN_READABLE;
    }

    record Candidate(int start, int runStart, int end, String repaired, boolean bytesLost, String shifted,
                     int guessedPrefix) {
    }
}
