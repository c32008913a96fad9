package org.baogao.analysis.terms;

import com.hankcs.hanlp.seg.common.Term;

import java.util.BitSet;
import java.util.List;

/**
 * A report's words as HanLP segments them once (with person recognition; place names joined by {@link PlaceNameJoining}), shared by every
 * part that needs words: places, people, organizations and keywords all read this one list.
 *
 * @param text  the text that was segmented
 * @param terms words in text order; {@link Term#offset} points into {@code text}
 */
public record ReportTerms(String text, List<Term> terms) {

    /** Offsets where a word starts or ends. */
    public BitSet wordEdges() {
        BitSet edges = new BitSet(text.length() + 1);
        for (Term t : terms) {
            edges.set(t.offset);
            edges.set(t.offset + t.word.length());
        }
        return edges;
    }

    /** Index of the first term starting at or after {@code offset}. */
    public int indexAt(int offset) {
        int lo = 0;
        int hi = terms.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (terms.get(mid).offset < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    public static boolean isNoun(Term t) {
        String n = t.nature.toString();
        return n.startsWith("n") || n.equals("vn") || n.equals("j") || n.equals("gi") || n.equals("gm");
    }

    public static boolean isVerb(Term t) {
        String n = t.nature.toString();
        return n.startsWith("v") && !n.equals("vn");
    }

    public static boolean isPunctuation(Term t) {
        return t.nature.toString().startsWith("w");
    }
}
