package org.baogao.analysis.terms;

import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.Viterbi.ViterbiSegment;

/**
 * Segments a report once with person recognition. Organization recognition stays off: HanLP's
 * organization recognizer is slow and guesses wrong on policy prose (it joins slogans into
 * "organizations"); organizations come from suffix and context rules instead. Place recognition is off
 * too (a fifth of the segmentation's time): dictionary places keep their ns tag, divisions come from the
 * gazetteer, and unknown names before a geographic suffix are joined by {@link PlaceNameJoining}.
 */
public final class TermSegmenter {
    private static final Segment SEGMENT = new ViterbiSegment()
            .enableNameRecognize(true)
            .enablePlaceRecognize(false)
            .enableOrganizationRecognize(false)
            .enableTranslatedNameRecognize(false)
            .enableJapaneseNameRecognize(false)
            .enableCustomDictionary(true)
            .enablePartOfSpeechTagging(true)
            .enableOffset(true);

    public ReportTerms segment(String text) {
        return new ReportTerms(text, PlaceNameJoining.join(SEGMENT.seg(text)));
    }
}
