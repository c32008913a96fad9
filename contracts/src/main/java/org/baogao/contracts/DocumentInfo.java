package org.baogao.contracts;

import java.util.List;

/**
 * What kind of file a report came in and how its text was read (set by extraction, in {@link SourceInfo#document()}).
 *
 * @param format     short name: {@code text}, {@code html}, {@code pdf}, {@code docx}, {@code doc}, {@code wps},
 *                   {@code rtf}, {@code odt}, {@code ofd}, {@code image}, ... (see module file-types)
 * @param mediaType  the detected media type, e.g. {@code application/pdf}
 * @param parser     what read the text, e.g. {@code Apache Tika 3.3.1 PDFParser + Tesseract 5.3.0 (chi_sim)}
 * @param pageCount  pages of the document, null for formats without pages (text, web pages) or when unknown
 * @param pageStarts offset in {@link EnrichedReport#text()} where page 1, 2, ... starts; empty when the
 *                   format has no fixed pages (Word files are paginated by whoever opens them)
 */
public record DocumentInfo(String format, String mediaType, String parser, Integer pageCount, List<Integer> pageStarts) {
    public DocumentInfo {
        pageStarts = pageStarts == null ? List.of() : List.copyOf(pageStarts);
    }
}
