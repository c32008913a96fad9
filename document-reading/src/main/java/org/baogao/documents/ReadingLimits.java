package org.baogao.documents;

import java.time.Duration;

/**
 * The budget one document gets. Past any of them the document fails with a reason
 * ({@link UnreadableDocumentException.Problem#OVER_LIMIT}); the partition moves on.
 *
 * @param documentTimeout longest a document may take, OCR included; the reader process is stopped past it
 * @param ocrPageTimeout  longest OCR of one page may take
 * @param maxPages        most pages a document may have
 * @param maxOcrPages     most pages OCRed in one document
 * @param maxCharacters   most characters of text a document may give (a report has about 30,000)
 * @param ocrDpi          resolution PDF pages are rendered at for OCR (200 dpi puts 10-16 pt text at the 30-45
 *                        pixel height Tesseract reads best)
 * @param workerHeapMb    heap of the reader process; running out of it fails the document, not the service
 */
public record ReadingLimits(Duration documentTimeout, Duration ocrPageTimeout, int maxPages, int maxOcrPages,
                            int maxCharacters, int ocrDpi, int workerHeapMb) {

    public static final ReadingLimits DEFAULT = new ReadingLimits(Duration.ofMinutes(5), Duration.ofSeconds(60),
            2_000, 300, 5_000_000, 200, 768);

    public ReadingLimits withDocumentTimeout(Duration timeout) {
        return new ReadingLimits(timeout, ocrPageTimeout, maxPages, maxOcrPages, maxCharacters, ocrDpi, workerHeapMb);
    }

    public ReadingLimits withWorkerHeapMb(int heapMb) {
        return new ReadingLimits(documentTimeout, ocrPageTimeout, maxPages, maxOcrPages, maxCharacters, ocrDpi, heapMb);
    }
}
