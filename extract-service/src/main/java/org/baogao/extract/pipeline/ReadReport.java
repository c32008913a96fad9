package org.baogao.extract.pipeline;

import org.baogao.cleaning.CleanedText;
import org.baogao.documents.OcrReport;

import java.util.List;

/**
 * A report's text as read and cleaned, and what reading found out.
 *
 * @param cleaned       the text after the cleaning chain; its raw text is what the reader gave
 * @param format        short format name ({@code text}, {@code pdf}...)
 * @param mediaType     the detected media type
 * @param parser        what read the text
 * @param pageCount     pages of the source, null if it has none or they are unknown
 * @param rawPageStarts where each page starts in {@code cleaned.rawText()}; empty without pages
 * @param ocr           how OCR went, null if nothing was OCRed
 * @param warnings      what could not be read and was left out
 */
record ReadReport(CleanedText cleaned, String format, String mediaType, String parser, Integer pageCount,
                  List<Integer> rawPageStarts, OcrReport ocr, List<String> warnings) {
}
