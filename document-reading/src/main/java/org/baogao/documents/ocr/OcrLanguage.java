package org.baogao.documents.ocr;

import org.baogao.documents.UnreadableDocumentException;
import org.baogao.documents.UnreadableDocumentException.Problem;
import org.baogao.text.ScriptConverter;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Which trained data a document is OCRed with, chosen from the script of the page itself, never from
 * metadata (a file name or a portal's language tag says nothing about how a scan was printed): a first pass
 * over a sample page with simplified and traditional data together, then the script of what it read decides.
 * Latin text with (almost) no Chinese characters is read with English data.
 */
public final class OcrLanguage {
    public static final String SIMPLIFIED = "chi_sim";
    public static final String TRADITIONAL = "chi_tra";
    public static final String ENGLISH = "eng";
    private static final int MIN_HAN = 10;
    private static final double TRADITIONAL_SHARE = 0.12;

    private OcrLanguage() {
    }

    /** @param samplePage an image of part of a page (a band across its middle is enough, and quicker) */
    public static String choose(Tesseract tesseract, Path samplePage, int dpi, Duration timeout) throws UnreadableDocumentException {
        if (!tesseract.reads(SIMPLIFIED)) {
            throw new UnreadableDocumentException(Problem.OCR_NOT_INSTALLED,
                    "scanned document: OCR is installed without Chinese (install tesseract-ocr-chi-sim)");
        }
        if (!tesseract.reads(TRADITIONAL)) {
            return SIMPLIFIED;
        }
        List<Tesseract.OcrPage> sample = tesseract.recognize(samplePage, SIMPLIFIED + "+" + TRADITIONAL, dpi, timeout);
        String text = sample.isEmpty() ? "" : sample.get(0).text();
        return fromSample(text, tesseract.reads(ENGLISH));
    }

    static String fromSample(String text, boolean englishInstalled) {
        int han = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han++;
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                latin++;
            }
        }
        if (han < MIN_HAN && latin > 5 * MIN_HAN && englishInstalled) {
            return ENGLISH;
        }
        String simplified = ScriptConverter.toSimplified(text);
        int traditionalOnly = 0;
        for (int i = 0; i < Math.min(text.length(), simplified.length()); i++) {
            if (simplified.charAt(i) != text.charAt(i) && Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN) {
                traditionalOnly++;
            }
        }
        // Traditional text has a third of its characters traditional-only; a simplified page read with both
        // data sets has a few stray ones.
        return han > 0 && traditionalOnly >= TRADITIONAL_SHARE * han ? TRADITIONAL : SIMPLIFIED;
    }
}
