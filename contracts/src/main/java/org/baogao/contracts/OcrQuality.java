package org.baogao.contracts;

import java.util.List;

/**
 * How OCR went, when some of the text was read from images.
 *
 * @param engine         e.g. {@code Tesseract 5.3.0}
 * @param language       trained data used, chosen from the script of the page: {@code chi_sim}, {@code chi_tra}, {@code eng}
 * @param meanConfidence the engine's mean word confidence over the OCRed pages, 0..100
 * @param pages          each OCRed page with its mean word confidence
 */
public record OcrQuality(String engine, String language, double meanConfidence, List<Page> pages) {
    public OcrQuality {
        pages = pages == null ? List.of() : List.copyOf(pages);
    }

    /**
     * @param page       1-based page number
     * @param confidence mean word confidence 0..100
     */
    public record Page(int page, double confidence) {
    }
}
