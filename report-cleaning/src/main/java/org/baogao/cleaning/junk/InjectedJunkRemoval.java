package org.baogao.cleaning.junk;

import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Term;
import org.baogao.cleaning.model.Words;
import org.baogao.cleaning.edit.CleaningStage;
import org.baogao.cleaning.edit.EditableText;
import org.baogao.cleaning.model.CharModel;
import org.baogao.cleaning.model.Han;

/**
 * Removes characters injected into sentences to defeat copying ({@code 扎套粒既实做好} is {@code 扎实做好}).
 * The evidence is the character bigram model: a run of up to {@value #MAX_RUN} characters is junk when
 * every join into, inside and out of it is implausible (rarely or never seen in report text), no
 * dictionary word uses any of its characters, and its two neighbours, joined without it, are a common pair
 * that makes a dictionary word, each of them left stranded as a one-character word by the run. Short
 * fragments hanging after the end of a sentence with only unseen joins cannot be checked that way:
 * they are flagged and marked unreliable, not removed. Runs of two characters, and runs HanLP takes for a
 * person, place or organization name, are only flagged.
 */
public final class InjectedJunkRemoval implements CleaningStage {
    public static final String KIND = "injected_junk";
    public static final String SUSPECTED = "injected_junk_suspected";
    static final int MAX_RUN = 6;
    /** Single characters cannot be told from rare words with enough confidence even to flag them. */
    static final int MIN_RUN = 2;
    /** Two characters can be an abbreviation or a rare word: they are flagged, from three on removed. */
    static final int MIN_REMOVED = 3;
    /** The neighbours of a junk run must be seen together at least this often. */
    private static final int BRIDGE_AT_LEAST = 10;
    private static final int MAX_FRAGMENT = 4;
    private static final String SENTENCE_FINAL = "。！？!?";

    private static final Segment SEGMENT = new ViterbiSegment()
            .enableNameRecognize(false)
            .enablePlaceRecognize(false)
            .enableOrganizationRecognize(false)
            .enablePartOfSpeechTagging(false);
    private static final Segment NAMES = new ViterbiSegment()
            .enableNameRecognize(true)
            .enablePlaceRecognize(true)
            .enableOrganizationRecognize(true)
            .enablePartOfSpeechTagging(true);

    private final CharModel model;

    public InjectedJunkRemoval(CharModel model) {
        this.model = model;
    }

    @Override
    public String name() {
        return "injected-junk";
    }

    @Override
    public void apply(EditableText text) {
        String s = text.text();
        int n = s.length();
        int i = 1;
        while (i < n) {
            if (Han.isHan(s.charAt(i - 1)) && Han.isHan(s.charAt(i)) && implausible(s, i - 1)) {
                int end = junkEnd(s, i);
                if (end > 0 && end - i >= MIN_REMOVED && !isName(s, i, end)) {
                    text.delete(i, end, KIND);
                    i = end + 1;
                    continue;
                }
                if (end > 0) {
                    // Too short to tell from a rare word, or a name: flagged, left in place.
                    text.flag(i, end, SUSPECTED);
                    i = end + 1;
                    continue;
                }
            }
            if (i >= 1 && SENTENCE_FINAL.indexOf(s.charAt(i - 1)) >= 0 && Han.isHan(s.charAt(i))) {
                int end = fragmentEnd(s, i);
                if (end > 0) {
                    text.markUnreliable(i, end, SUSPECTED);
                    i = end;
                    continue;
                }
            }
            i++;
        }
    }

    /**
     * End of the junk run starting at {@code a} (its left join already implausible), or -1. The join out of
     * the run must be implausible too, and at most a minority of the joins inside it plausible (random
     * characters sometimes make a pair by chance, as {@code 保量} in {@code 示魔保量范}).
     */
    private int junkEnd(String s, int a) {
        char left = s.charAt(a - 1);
        int plausibleInside = 0;
        for (int k = a; k < a + MAX_RUN && k + 1 < s.length() && Han.isHan(s.charAt(k)); k++) {
            if (k > a && !implausible(s, k - 1)) {
                plausibleInside++;
            }
            int length = k + 1 - a;
            if (plausibleInside * 2 > length - 1) {
                return -1;
            }
            char right = s.charAt(k + 1);
            if (length >= MIN_RUN && Han.isHan(right) && implausible(s, k) && model.count(left, right) >= BRIDGE_AT_LEAST
                    && !anyWordUses(s, a, k + 1) && joinsIntoWord(s, a, k + 1) && neighboursStranded(s, a, k + 1)) {
                return k + 1;
            }
        }
        return -1;
    }

    /** Join between {@code s[i]} and {@code s[i+1]} is rarely seen in reports and occurs in no dictionary word. */
    private boolean implausible(String s, int i) {
        return !model.isPlausiblePair(s.charAt(i), s.charAt(i + 1));
    }

    /**
     * A dictionary word of 2-4 characters crosses an edge of the run {@code [a, b)}: then the run joins
     * its surroundings and is text, not junk. (A word wholly inside the run proves nothing: random
     * characters make one by chance, as {@code 保量} in {@code 示魔保量范}.)
     */
    private static boolean anyWordUses(String s, int a, int b) {
        for (int edge : new int[]{a, b}) {
            for (int start = Math.max(0, edge - 3); start < edge; start++) {
                for (int len = 2; len <= 4 && start + len <= s.length(); len++) {
                    if (start + len > edge && Words.isWord(s.substring(start, start + len))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** HanLP recognises the run {@code [a, b)} as (part of) a person, place or organization name. */
    private static boolean isName(String s, int a, int b) {
        int from = Math.max(0, a - 6);
        int offset = from;
        for (Term term : NAMES.seg(s.substring(from, Math.min(s.length(), b + 6)))) {
            int start = offset;
            int end = offset + term.word.length();
            String nature = term.nature == null ? "" : term.nature.toString();
            if (start < b && a < end && end - start > 1
                    && (nature.startsWith("nr") || nature.startsWith("ns") || nature.startsWith("nt"))) {
                return true;
            }
            offset = end;
        }
        return false;
    }

    /**
     * Both neighbours of the run {@code [a, b)} stand alone when the text is segmented as it is: the run
     * split a word in two. A run next to a word of its own (a name before {@code 生态}, after {@code 更新})
     * is more likely a rare word the model does not know than junk.
     */
    private static boolean neighboursStranded(String s, int a, int b) {
        int from = Math.max(0, a - 6);
        int to = Math.min(s.length(), b + 6);
        int offset = from;
        boolean leftAlone = false;
        boolean rightAlone = false;
        for (Term term : SEGMENT.seg(s.substring(from, to))) {
            int start = offset;
            int end = offset + term.word.length();
            if (start <= a - 1 && a - 1 < end) {
                leftAlone = end - start == 1;
            }
            if (start <= b && b < end) {
                rightAlone = end - start == 1;
            }
            offset = end;
        }
        return leftAlone && rightAlone;
    }

    /** Without the run {@code [a, b)}, its neighbours form a dictionary word of 2-4 characters across the cut. */
    private static boolean joinsIntoWord(String s, int a, int b) {
        String joined = s.substring(Math.max(0, a - 3), a) + s.substring(b, Math.min(s.length(), b + 3));
        int cut = a - Math.max(0, a - 3);
        for (int start = Math.max(0, cut - 3); start < cut; start++) {
            for (int len = 2; len <= 4 && start + len <= joined.length(); len++) {
                if (start + len > cut && Words.isWord(joined.substring(start, start + len))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** End of a short fragment after a sentence end, alone before the line end, with only unseen joins; or -1. */
    private int fragmentEnd(String s, int start) {
        int end = start;
        while (end < s.length() && Han.isHan(s.charAt(end))) {
            end++;
        }
        int len = end - start;
        if (len < 2 || len > MAX_FRAGMENT || (end < s.length() && s.charAt(end) != '\n')) {
            return -1;
        }
        for (int k = start; k + 1 < end; k++) {
            if (model.count(s.charAt(k), s.charAt(k + 1)) > 0 || model.inDictionaryWord(s.charAt(k), s.charAt(k + 1))) {
                return -1;
            }
        }
        return end;
    }
}
