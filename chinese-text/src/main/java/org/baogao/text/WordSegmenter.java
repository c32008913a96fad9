package org.baogao.text;

import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;
import com.hankcs.hanlp.seg.common.Term;

import java.util.ArrayList;
import java.util.List;

/**
 * Word segmentation used for the word-level search field, at index time and at query time alike:
 * the same segmenter with the same settings on the same normalized text gives the same words.
 * Recognizers (names, places, organizations) are off: they make segmentation depend on context,
 * which would split a query differently from the same words inside a document.
 */
public final class WordSegmenter {
    private static final Segment SEGMENT = new ViterbiSegment()
            .enableNameRecognize(false)
            .enablePlaceRecognize(false)
            .enableOrganizationRecognize(false)
            .enableTranslatedNameRecognize(false)
            .enableJapaneseNameRecognize(false)
            .enableCustomDictionary(true)
            .enablePartOfSpeechTagging(false);

    /** Words of {@code normalizedText}, punctuation and whitespace dropped. */
    public static List<String> words(String normalizedText) {
        List<String> words = new ArrayList<>();
        for (Term term : SEGMENT.seg(normalizedText)) {
            String w = term.word.strip();
            if (!w.isEmpty() && w.codePoints().anyMatch(Character::isLetterOrDigit)) {
                words.add(w);
            }
        }
        return words;
    }

    /** Words joined by single spaces, for a whitespace-analyzed field. */
    public static String spaced(String normalizedText) {
        return String.join(" ", words(normalizedText));
    }

    private WordSegmenter() {
    }
}
