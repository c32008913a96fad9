package org.baogao.cleaning.pinyin;

import org.baogao.cleaning.edit.CleaningStage;
import org.baogao.cleaning.edit.EditableText;
import org.baogao.cleaning.model.Han;

/**
 * Removes pinyin readings written after characters, as some portals annotate polyphones:
 * {@code 發(fā)布} → {@code 發布}, {@code 制（zhì）度} → {@code 制度}. A parenthesis right after a Chinese
 * character holding one pinyin syllable is an annotation if the syllable carries a tone mark or is the
 * character's reading; anything else in parentheses (English abbreviations, codes) is left alone. A
 * reading whose opening parenthesis was eaten by mojibake ({@code ?gòu)}) is removed as well.
 */
public final class PinyinAnnotationRemoval implements CleaningStage {
    public static final String KIND = "pinyin_annotation";

    @Override
    public String name() {
        return "pinyin-annotation";
    }

    @Override
    public void apply(EditableText text) {
        String s = text.text();
        int n = s.length();
        int i = 1;
        while (i < n) {
            char c = s.charAt(i);
            char prev = s.charAt(i - 1);
            int end = -1;
            if ((c == '(' || c == '（') && Han.isHan(prev)) {
                end = annotationEnd(s, i + 1, prev);
            } else if ((prev == '?' || prev == '\uFFFD') && PinyinSyllables.isPinyinLetter(c)) {
                end = annotationEnd(s, i, (char) 0);
            }
            if (end > 0) {
                text.delete(i, end, KIND);
                i = end;
            } else {
                i++;
            }
        }
    }

    /** End (after the closing parenthesis) of the reading starting at {@code from}, or -1. */
    private static int annotationEnd(String s, int from, char annotated) {
        int j = from;
        boolean toneMarked = false;
        while (j < s.length() && j - from <= PinyinSyllables.MAX_LENGTH && PinyinSyllables.isPinyinLetter(s.charAt(j))) {
            toneMarked |= PinyinSyllables.isToneMarked(s.charAt(j));
            j++;
        }
        if (j == from || j >= s.length() || (s.charAt(j) != ')' && s.charAt(j) != '）')) {
            return -1;
        }
        String syllable = PinyinSyllables.toneless(s.substring(from, j));
        if (!PinyinSyllables.isSyllable(syllable)) {
            return -1;
        }
        boolean isReading = annotated != 0 && syllable.equals(PinyinSyllables.readingOf(annotated));
        return toneMarked || isReading ? j + 1 : -1;
    }
}
