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

    /**
     * The band of the page (a fifth of it high) with the most ink: enough text to tell the script, a fraction of
     * the OCR time, and never the blank middle of a short page or the margin between a header and a footer.
     */
    private Path sampleBand(Path image) {
        try {
            BufferedImage page = ImageIO.read(image.toFile());
            if (page == null || page.getHeight() < 300) {
                return image;
            }
            int height = page.getHeight() / 5;
            int top = inkiestBand(page, height);
            BufferedImage band = page.getSubimage(0, top, page.getWidth(), height);
            Path sample = nextImage("png");
            ImageIO.write(band, "png", sample.toFile());
            return sample;
        } catch (IOException | RuntimeException e) {
            return image; // a format ImageIO does not read: Tesseract reads the whole image instead
        }
    }

    /** Top row of the {@code height} rows with the most dark pixels (rows and columns sampled every fourth). */
    private static int inkiestBand(BufferedImage page, int height) {
        int step = 4;
        int[] ink = new int[page.getHeight() / step + 1];
        for (int y = 0; y < page.getHeight(); y += step) {
            for (int x = 0; x < page.getWidth(); x += step) {
                int rgb = page.getRGB(x, y);
                if (((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3 < 128) {
                    ink[y / step]++;
                }
            }
        }
        int rows = height / step;
        int sum = 0;
        for (int i = 0; i < rows && i < ink.length; i++) {
            sum += ink[i];
        }
        int best = sum;
        int bestRow = 0;
        for (int i = rows; i < ink.length; i++) {
            sum += ink[i] - ink[i - rows];
            if (sum > best) {
                best = sum;
                bestRow = i - rows + 1;
            }
        }
        return Math.min(bestRow * step, page.getHeight() - height);
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
