package org.baogao.documents.ocr;

import org.baogao.documents.OcrReport;
import org.baogao.documents.ReadingLimits;
import org.baogao.documents.UnreadableDocumentException;
import org.baogao.documents.UnreadableDocumentException.Problem;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * OCR of one document's pages: the language is chosen once, on the first page OCRed, then every page is
 * read with it and its confidence kept for {@link OcrReport}. Page images live in a temporary folder that
 * {@link #close()} removes.
 */
final class DocumentOcr implements AutoCloseable {
    private final Tesseract tesseract;
    private final ReadingLimits limits;
    private final Path folder;
    private final List<OcrReport.Page> pages = new ArrayList<>();
    private String language;
    private int images;

    DocumentOcr(Tesseract tesseract, ReadingLimits limits) {
        this.tesseract = tesseract;
        this.limits = limits;
        try {
            this.folder = Files.createTempDirectory("baogao-ocr");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file in the temporary folder for the next image. */
    Path nextImage(String extension) {
        return folder.resolve("page-" + (++images) + "." + extension);
    }

    /**
     * @param firstPage document page number of the image's first page
     * @param dpi       the image's resolution, 0 to read it from the file
     */
    List<Tesseract.OcrPage> recognize(Path image, int firstPage, int dpi) throws UnreadableDocumentException {
        if (language == null) {
            language = OcrLanguage.choose(tesseract, sampleBand(image), dpi, limits.ocrPageTimeout());
        }
        List<Tesseract.OcrPage> read = tesseract.recognize(image, language, dpi, limits.ocrPageTimeout());
        for (int i = 0; i < read.size(); i++) {
            Tesseract.OcrPage page = read.get(i);
            pages.add(new OcrReport.Page(firstPage + i, Math.round(page.confidence() * 10) / 10.0, page.text().strip().length()));
        }
        return read;
    }

    /** A band across the middle of the page: enough text to tell the script, a third of the OCR time. */
    private Path sampleBand(Path image) {
        try {
            BufferedImage page = ImageIO.read(image.toFile());
            if (page == null || page.getHeight() < 300) {
                return image;
            }
            int top = page.getHeight() / 3;
            BufferedImage band = page.getSubimage(0, top, page.getWidth(), page.getHeight() / 4);
            Path sample = nextImage("png");
            ImageIO.write(band, "png", sample.toFile());
            return sample;
        } catch (IOException | RuntimeException e) {
            return image; // a format ImageIO does not read: Tesseract reads the whole image instead
        }
    }

    void checkPageBudget(int pagesToRead) throws UnreadableDocumentException {
        if (pagesToRead > limits.maxOcrPages()) {
            throw new UnreadableDocumentException(Problem.OVER_LIMIT, "scanned document with " + pagesToRead
                    + " pages to OCR; at most " + limits.maxOcrPages() + " are read");
        }
    }

    String parser() {
        return tesseract.version() + " (" + language + ")";
    }

    OcrReport report() {
        return new OcrReport(tesseract.version(), language, pages);
    }

    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a leftover temporary file is not worth failing a report for
        }
    }
}
