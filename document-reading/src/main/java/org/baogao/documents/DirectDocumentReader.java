package org.baogao.documents;

import org.baogao.documents.UnreadableDocumentException.Problem;
import org.baogao.documents.ocr.ImageOcr;
import org.baogao.documents.ocr.PdfScanPages;
import org.baogao.documents.ocr.Tesseract;
import org.baogao.documents.ofd.OfdText;
import org.baogao.documents.tika.TikaText;
import org.baogao.filetypes.FileType;

import java.util.Optional;

/**
 * Reads a document in this process: OFD with ofdrw, images by OCR, everything else with Tika, then the pages
 * of a PDF without a text layer by OCR. No budget of its own beyond the text and page limits: the
 * {@link org.baogao.documents.isolation.IsolatedDocumentReader} runs it in a child process that is stopped
 * when it takes too long or runs out of memory.
 */
public final class DirectDocumentReader implements DocumentReader {
    private final TikaText tika;
    private final OfdText ofd;
    private final PdfScanPages scans;
    private final ImageOcr images;

    public DirectDocumentReader(ReadingLimits limits, Optional<Tesseract> tesseract) {
        this.tika = new TikaText(limits);
        this.ofd = new OfdText(limits);
        this.scans = new PdfScanPages(tesseract, limits);
        this.images = new ImageOcr(tesseract, limits);
    }

    /** With the installed Tesseract, if any. */
    public DirectDocumentReader(ReadingLimits limits) {
        this(limits, Tesseract.find());
    }

    @Override
    public DocumentText read(byte[] bytes, FileType type) throws UnreadableDocumentException {
        switch (type.reading()) {
            case IMAGE:
                return images.read(bytes, type);
            case DOCUMENT:
                if (type.format().equals("ofd")) {
                    return ofd.read(bytes);
                }
                DocumentText parsed = tika.read(bytes, type);
                return type.format().equals("pdf") ? scans.ocrPagesWithoutText(bytes, parsed) : parsed;
            default:
                throw new UnreadableDocumentException(Problem.UNSUPPORTED, "a " + type.named() + " is not a document to parse");
        }
    }
}
