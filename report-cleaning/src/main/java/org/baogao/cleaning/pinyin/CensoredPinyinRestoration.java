package org.baogao.cleaning.pinyin;

import org.baogao.cleaning.model.Words;
import org.baogao.cleaning.edit.CleaningStage;
import org.baogao.cleaning.edit.EditableText;
import org.baogao.cleaning.model.CharModel;
import org.baogao.cleaning.model.ChineseScore;
import org.baogao.cleaning.model.Han;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Restores words that a site's word filter replaced by their pinyin ({@code diyi梯队} → {@code 第一梯队},
 * {@code zui具幸福感} → {@code 最具幸福感}). A run of lowercase letters glued to Chinese characters that splits
 * into pinyin syllables is decoded into characters with the character bigram model, its neighbours
 * included (beam search over HanLP's readings); the best decoding replaces the letters if it reads
 * plausibly, otherwise the letters are flagged. Nothing is looked up in a list of censored words.
 */
public final class CensoredPinyinRestoration implements CleaningStage {
    public static final String KIND = "censored_pinyin";
    private static final int BEAM = 256;
    private static final int MAX_LETTERS = 18;
    /** Mean log-probability per decoded character a restoration must reach. */
    private static final double MIN_MEAN = -9.0;
    private static final double WORD_BONUS = 10.0;

    private final ChineseScore score;
    private final PinyinIndex index;

    public CensoredPinyinRestoration(ChineseScore score, PinyinIndex index) {
        this.score = score;
        this.index = index;
    }

    @Override
    public String name() {
        return "censored-pinyin";
    }

    @Override
    public void apply(EditableText text) {
        String s = text.text();
        int n = s.length();
        int i = 0;
        while (i < n) {
            if (!isLower(s.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && isLower(s.charAt(i))) {
                i++;
            }
            int end = i;
            char before = start > 0 ? s.charAt(start - 1) : '\n';
            char after = end < n ? s.charAt(end) : '\n';
            // One letter is too little to go on (e政务 is not 额政务).
            if (end - start < 2 || end - start > MAX_LETTERS || !gluedIntoChinese(before, after)) {
                continue;
            }
            List<String> syllables = index.syllables(s.substring(start, end));
            if (syllables == null) {
                continue;
            }
            String decoded = decode(syllables, before, after);
            if (decoded != null) {
                text.replace(start, end, decoded, KIND);
            } else {
                text.flag(start, end, KIND);
            }
        }
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    /** Chinese on one side, Chinese or Chinese punctuation on the other: not a URL, code or English. */
    private static boolean gluedIntoChinese(char before, char after) {
        boolean hanBefore = Han.isHan(before);
        boolean hanAfter = Han.isHan(after);
        return (hanBefore && (hanAfter || isClauseBoundary(after))) || (hanAfter && isClauseBoundary(before));
    }

    private static boolean isClauseBoundary(char c) {
        return "，。、；：！？“”,;:!?\n".indexOf(c) >= 0;
    }

    /** Best characters for the syllables between {@code before} and {@code after}, or null if none reads well. */
    String decode(List<String> syllables, char before, char after) {
        CharModel model = score.model();
        List<Path> beam = List.of(new Path("", before, 0));
        for (String syllable : syllables) {
            List<Path> next = new ArrayList<>();
            for (Path p : beam) {
                for (char c : index.chars(syllable)) {
                    next.add(new Path(p.text + c, c, p.logProb + score.charScore(p.last, c)));
                }
            }
            next.sort(Comparator.comparingDouble((Path p) -> p.logProb).reversed());
            beam = next.subList(0, Math.min(BEAM, next.size()));
        }
        Path best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        double bestOwn = Double.NEGATIVE_INFINITY;
        for (Path p : beam) {
            double own = p.logProb - (Han.isHan(before) ? score.charScore(before, p.text.charAt(0))
                    - score.charScore('\n', p.text.charAt(0)) : 0);
            double total = p.logProb + (Han.isHan(after) ? score.charScore(p.last, after) - model.logProb(after) : 0);
            if (p.text.length() > 1 && Words.isWord(p.text)) {
                total += WORD_BONUS * p.text.length();
            }
            if (total > bestScore) {
                bestScore = total;
                bestOwn = own;
                best = p;
            }
        }
        // Context ranks the candidates; the characters themselves must be plausible report text.
        if (best == null || best.text.isEmpty() || bestOwn / best.text.length() < MIN_MEAN) {
            return null;
        }
        return best.text;
    }

    private record Path(String text, char last, double logProb) {
    }
}
