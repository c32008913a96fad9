package org.baogao.documents;

import java.util.List;

/**
 * How OCR went for a document.
 *
 * @param engine   e.g. {@code Tesseract 5.3.0}
 * @param language the trained data used, chosen from the script a first pass saw: {@code chi_sim}, {@code chi_tra}, {@code eng}
 * @param pages    each OCRed page with the engine's mean word confidence (0..100)
 */
public record OcrReport(String engine, String language, List<Page> pages) {
    public OcrReport {
        pages = List.copyOf(pages);
    }

    /** Mean word confidence over all OCRed pages, weighted by the characters each gave. */
    public double meanConfidence() {
        double sum = 0;
        long characters = 0;
        for (Page p : pages) {
            sum += p.confidence() * p.characters();
            characters += p.characters();
        }
        return characters == 0 ? 0 : sum / characters;
    }

    /**
     * @param page       1-based page number in the document
     * @param confidence mean word confidence 0..100
     * @param characters characters of text the page gave
     */
    public record Page(int page, double confidence, int characters) {
    }
}
