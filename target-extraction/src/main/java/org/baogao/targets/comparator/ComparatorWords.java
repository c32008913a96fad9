package org.baogao.targets.comparator;

import org.baogao.contracts.Target;

/**
 * How a quantity is bounded, read from the words around it. Words after the number
 * ({@code 左右}, {@code 以上}, {@code 以内}) win over words before it ({@code 控制在3%左右} is approx,
 * {@code 控制在3%} is lte), and a bare number is {@code eq}.
 */
public final class ComparatorWords {

    /** A comparator word found after a quantity, and how many chars it covers. */
    public record Suffix(String comparator, int length) {
    }

    private static final String[][] SUFFIXES = {
            {"左右", Target.APPROX}, {"上下", Target.APPROX},
            {"以上", Target.GTE}, {"之上", Target.GTE},
            {"以内", Target.LTE}, {"之内", Target.LTE}, {"以下", Target.LTE},
    };

    /** Longest first, so 不低于 is found before 低于. */
    private static final String[][] PREFIXES = {
            {"不低于", Target.GTE}, {"不少于", Target.GTE}, {"不小于", Target.GTE}, {"至少", Target.GTE},
            {"超过", Target.GTE}, {"突破", Target.GTE}, {"高于", Target.GTE}, {"大于", Target.GTE}, {"多于", Target.GTE},
            {"超", Target.GTE},
            {"不超过", Target.LTE}, {"不高于", Target.LTE}, {"不大于", Target.LTE}, {"控制在", Target.LTE},
            {"低于", Target.LTE}, {"少于", Target.LTE}, {"小于", Target.LTE}, {"不到", Target.LTE},
            {"大约", Target.APPROX}, {"约", Target.APPROX}, {"接近", Target.APPROX}, {"将近", Target.APPROX},
            {"近", Target.APPROX},
    };

    /** The comparator written at {@code pos} right after a quantity, or null. */
    public static Suffix suffixAt(CharSequence text, int pos, int end) {
        for (String[] s : SUFFIXES) {
            if (startsWith(text, pos, end, s[0])) {
                return new Suffix(s[1], s[0].length());
            }
        }
        return null;
    }

    /**
     * The comparator implied by the words just before a number, or null. {@code 不超过}/{@code 低于}
     * are checked against the end of the lead so {@code 降幅超过3%} reads gte and {@code 控制在} lte.
     */
    public static String fromLead(String lead) {
        String t = lead.strip();
        String direct = endingComparator(t);
        if (direct != null) {
            return direct;
        }
        // 至少降低30%, 不低于…增长: the comparator may stand before the verb
        for (String verb : VERBS) {
            if (t.endsWith(verb) && t.length() > verb.length()) {
                return endingComparator(t.substring(0, t.length() - verb.length()));
            }
        }
        return null;
    }

    private static final String[] VERBS = {"增长", "提高", "降低", "下降", "减少", "增加", "达到", "达", "压减", "压降", "提升"};

    private static String endingComparator(String t) {
        String best = null;
        int bestLen = 0;
        for (String[] p : PREFIXES) {
            if (t.endsWith(p[0]) && p[0].length() > bestLen) {
                // 近 only as an adverb: not the tail of 最近/附近/接近 (接近 has its own entry)
                if (p[0].equals("近") && t.length() >= 2 && "最附接将靠".indexOf(t.charAt(t.length() - 2)) >= 0) {
                    continue;
                }
                best = p[1];
                bestLen = p[0].length();
            }
        }
        return best;
    }

    /** Suffix wins; a prefix word comes next; otherwise {@code eq}. */
    public static String combine(String suffix, String prefix, boolean moreThan) {
        if (suffix != null) {
            return suffix;
        }
        if (moreThan) {
            return Target.GTE;
        }
        return prefix != null ? prefix : Target.EQ;
    }

    private static boolean startsWith(CharSequence text, int pos, int end, String w) {
        if (pos + w.length() > end) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (text.charAt(pos + i) != w.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private ComparatorWords() {
    }
}
