package org.baogao.documents;

import java.util.List;

/**
 * The text a document holds, in reading order, with where each page starts.
 *
 * @param text       the text, paragraphs on their own lines; what the cleaning chain receives as raw text
 * @param pageStarts offset in {@code text} where page 1, 2, ... starts; empty when the format has no pages
 *                   (Word and web pages are laid out by the reader's screen)
 * @param pageCount  pages the document has (from its layout or its metadata), null if unknown
 * @param parser     what read it, e.g. {@code Apache Tika 3.3.1 PDFParser}, {@code jsoup 1.24.1},
 *                   {@code Tesseract 5.3.0 (chi_sim)}
 * @param ocr        how OCR went, null if nothing was OCRed
 * @param warnings   what could not be read and was left out (e.g. pages without a text layer when OCR is
 *                   not installed), for people; empty when all was read
 */
public record DocumentText(String text, List<Integer> pageStarts, Integer pageCount, String parser, OcrReport ocr,
                           List<String> warnings) {
    public DocumentText {
        pageStarts = pageStarts == null ? List.of() : List.copyOf(pageStarts);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** Page number (1-based) of an offset in {@link #text()}, or null when the format has no pages. */
    public Integer pageAt(int offset) {
        return pageAt(pageStarts, offset);
    }

    /** Page number (1-based) of {@code offset} given the start offsets of the pages, null if there are none. */
    public static Integer pageAt(List<Integer> pageStarts, int offset) {
        if (pageStarts.isEmpty()) {
            return null;
        }
        int low = 0;
        int high = pageStarts.size() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (pageStarts.get(mid) <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low + 1;
    }
}
