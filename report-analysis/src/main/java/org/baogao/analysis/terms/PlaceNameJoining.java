package org.baogao.analysis.terms;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.seg.common.Term;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Joins the pieces of a place name the dictionary does not know back into one {@code ns} word:
 * 天目/湖 → 天目湖, 德/胜/河 → 德胜河, 朝鲜/半岛 → 朝鲜半岛, 西/太湖 → 西太湖. HanLP's own place recognizer
 * would find most of these, but it runs a second role-tagging Viterbi over the whole report (a fifth of
 * the segmentation's time) and on policy prose it also joins function words in (如黄河, 江和淮河, 城带乡);
 * a name followed by a geographic suffix is the part of it worth having.
 */
final class PlaceNameJoining {
    /** One-character geographic suffixes: 河, 湖, 山… (PlaceFinder then decides which joined words are places). */
    private static final String SUFFIX_CHARS = "湖河江山岛湾港巷街路村镇乡桥峡";
    /** Two-character ones, joined only to a known place name (台湾 + 海峡, 长江 + 大桥). */
    private static final Set<String> SUFFIX_WORDS = Set.of("半岛", "群岛", "海峡", "大桥", "街道");
    private static final String DIRECTIONS = "东西南北";
    private static final Set<String> NAME_NATURES = Set.of("ns", "nsf", "nr", "nz");
    private static final Set<String> PLACE_NATURES = Set.of("ns", "nsf");
    /** Natures a character of an unknown name gets (德/b 胜/v 河, 新/a 孟/b 河); never numerals, particles, pronouns. */
    private static final Set<String> NAME_PART_NATURES = Set.of("a", "b", "v", "n", "ng", "nr", "ns", "nz", "j", "g");

    static List<Term> join(List<Term> terms) {
        List<Term> out = new ArrayList<>(terms.size());
        for (Term t : terms) {
            int n = out.size();
            if (isSuffixChar(t) && n >= 1) {
                Term prev = out.get(n - 1);
                if (NAME_NATURES.contains(prev.nature.toString()) && prev.word.length() >= 2 && prev.word.length() <= 3) {
                    replace(out, 1, t); // 天目/湖, 南市/河, 岳杨/路
                    continue;
                }
                if (n >= 2 && isNamePart(prev) && isNamePart(out.get(n - 2)) && (n < 3 || !isNamePart(out.get(n - 3)))
                        && !(isVerb(prev) && isVerb(out.get(n - 2)))) {
                    replace(out, 2, t); // 德/胜/河: exactly two loose characters before the suffix, not 要/修/路
                    continue;
                }
            } else if (SUFFIX_WORDS.contains(t.word) && n >= 1 && isPlace(out.get(n - 1))) {
                replace(out, 1, t); // 朝鲜/半岛, 台湾/海峡
                continue;
            } else if (isPlace(t) && t.word.length() >= 2 && SUFFIX_CHARS.indexOf(t.word.charAt(t.word.length() - 1)) >= 0
                    && n >= 1 && isDirection(out.get(n - 1)) && (n < 2 || !isNamePart(out.get(n - 2)))) {
                replace(out, 1, t); // 西/太湖
                continue;
            }
            out.add(t);
        }
        return out;
    }

    /** Replaces the last {@code count} words of {@code out} and {@code last} by one place word. */
    private static void replace(List<Term> out, int count, Term last) {
        int from = out.size() - count;
        StringBuilder word = new StringBuilder();
        for (int i = from; i < out.size(); i++) {
            word.append(out.get(i).word);
        }
        Term joined = new Term(word.append(last.word).toString(), Nature.ns);
        joined.offset = out.get(from).offset;
        out.subList(from, out.size()).clear();
        out.add(joined);
    }

    private static boolean isSuffixChar(Term t) {
        return t.word.length() == 1 && SUFFIX_CHARS.indexOf(t.word.charAt(0)) >= 0;
    }

    private static boolean isNamePart(Term t) {
        return t.word.length() == 1 && Character.UnicodeScript.of(t.word.charAt(0)) == Character.UnicodeScript.HAN
                && NAME_PART_NATURES.contains(t.nature.toString());
    }

    private static boolean isVerb(Term t) {
        return t.nature.toString().startsWith("v");
    }

    private static boolean isPlace(Term t) {
        return PLACE_NATURES.contains(t.nature.toString());
    }

    private static boolean isDirection(Term t) {
        return t.word.length() == 1 && DIRECTIONS.indexOf(t.word.charAt(0)) >= 0;
    }

    private PlaceNameJoining() {
    }
}
