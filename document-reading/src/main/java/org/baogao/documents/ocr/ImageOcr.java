package org.baogao.documents.ocr;

import org.baogao.documents.DocumentText;
import org.baogao.documents.ReadingLimits;
import org.baogao.documents.UnreadableDocumentException;
import org.baogao.documents.UnreadableDocumentException.Problem;
import org.baogao.filetypes.FileType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A scanned page as an image file (a multi-page TIFF is several pages): OCRed as it is. */
public final class ImageOcr {
    private final Optional<Tesseract> tesseract;
    private final ReadingLimits limits;

    public ImageOcr(Optional<Tesseract> tesseract, ReadingLimits limits) {
        this.tesseract = tesseract;
        this.limits = limits;
    }

    public DocumentText read(byte[] bytes, FileType type) throws UnreadableDocumentException {
        Tesseract engine = tesseract.orElseThrow(() -> new UnreadableDocumentException(Problem.OCR_NOT_INSTALLED,
                "scanned document: OCR is not installed (an " + type.named() + " is read by OCR only)"));
        try (DocumentOcr ocr = new DocumentOcr(engine, limits)) {
            Path image = ocr.nextImage(type.mediaType().substring(type.mediaType().indexOf('/') + 1));
            Files.write(image, bytes);
            List<Tesseract.OcrPage> pages = ocr.recognize(image, 1, 0);
            ocr.checkPageBudget(pages.size());
            StringBuilder text = new StringBuilder();
            List<Integer> starts = new ArrayList<>();
            for (Tesseract.OcrPage page : pages) {
                starts.add(text.length());
                text.append(page.text().strip()).append('\n');
            }
            return new DocumentText(text.toString(), starts, pages.size(), ocr.parser(), ocr.report(), List.of());
        } catch (IOException e) {
            throw new UnreadableDocumentException(Problem.DAMAGED, "could not write the image for OCR: " + e.getMessage(), e);
        }
    }
}
