package org.baogao.documents.ocr;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.baogao.documents.DocumentText;
import org.baogao.documents.ReadingLimits;
import org.baogao.documents.UnreadableDocumentException;
import org.baogao.documents.UnreadableDocumentException.Problem;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The pages of a PDF that have no usable text layer (scans, or CJK fonts without a Unicode map, whose glyphs
 * PDFBox cannot turn into characters) are rendered and OCRed; their text replaces what the text layer gave.
 * Blank pages are left alone. Without Tesseract a PDF with no text at all fails with
 * "scanned document: OCR is not installed"; a PDF with only some such pages is read without them and says so.
 */
public final class PdfScanPages {
    /** Fewer visible characters than this and a page has no text layer worth keeping. */
    static final int MIN_PAGE_CHARACTERS = 10;
    /** More than this share of replacement or private-use characters and the text layer is glyph codes, not text. */
    static final double MAX_UNMAPPED_SHARE = 0.3;
    /** A page this much Chinese reads as Chinese. */
    static final double MIN_HAN_SHARE = 0.3;
    /** Text that is not Chinese has words: few symbols, a space every dozen characters at least. */
    static final double MAX_SYMBOL_SHARE = 0.25;
    static final int WORD_LENGTH = 12;
    /** Past this many pixels a page is rendered at a lower resolution (a poster, not a report page). */
    private static final double MAX_PIXELS = 40e6;

    private final Optional<Tesseract> tesseract;
    private final ReadingLimits limits;

    public PdfScanPages(Optional<Tesseract> tesseract, ReadingLimits limits) {
        this.tesseract = tesseract;
        this.limits = limits;
    }

    public DocumentText ocrPagesWithoutText(byte[] pdf, DocumentText parsed) throws UnreadableDocumentException {
        List<String> pageTexts = pageTexts(parsed);
        List<Integer> textless = new ArrayList<>();
        for (int p = 0; p < pageTexts.size(); p++) {
            if (!hasTextLayer(pageTexts.get(p))) {
                textless.add(p);
            }
        }
        if (textless.isEmpty()) {
            return parsed;
        }
        if (tesseract.isEmpty()) {
            return withoutOcr(parsed, textless, pageTexts.size());
        }
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBuffer(pdf), "", null, null,
                IOUtils.createTempFileOnlyStreamCache());
             DocumentOcr ocr = new DocumentOcr(tesseract.get(), limits)) {
            PDFRenderer renderer = new PDFRenderer(document);
            List<Integer> read = new ArrayList<>();
            for (int p : textless) {
                if (p >= document.getNumberOfPages()) {
                    continue;
                }
                int dpi = dpiFor(document.getPage(p).getMediaBox());
                BufferedImage image = renderer.renderImageWithDPI(p, dpi, ImageType.GRAY);
                if (isBlank(image)) {
                    continue;
                }
                read.add(p);
                ocr.checkPageBudget(read.size());
                Path file = ocr.nextImage("png");
                ImageIO.write(image, "png", file.toFile());
                List<Tesseract.OcrPage> pages = ocr.recognize(file, p + 1, dpi);
                pageTexts.set(p, pages.isEmpty() ? "" : pages.get(0).text().strip() + "\n");
            }
            if (read.isEmpty()) {
                return parsed;
            }
            String parser = parsed.parser() + " + " + ocr.parser();
            return joined(pageTexts, parsed.pageCount(), parser, ocr, List.of());
        } catch (IOException e) {
            throw new UnreadableDocumentException(Problem.DAMAGED, "the PDF's pages could not be rendered for OCR: " + e.getMessage(), e);
        }
    }

    private DocumentText withoutOcr(DocumentText parsed, List<Integer> textless, int pages) throws UnreadableDocumentException {
        if (textless.size() == pages) {
            throw new UnreadableDocumentException(Problem.OCR_NOT_INSTALLED, "scanned document: OCR is not installed");
        }
        List<Integer> numbers = textless.stream().map(p -> p + 1).toList();
        return new DocumentText(parsed.text(), parsed.pageStarts(), parsed.pageCount(), parsed.parser(), null,
                List.of("pages " + numbers + " have no text layer and OCR is not installed: their text is missing"));
    }

    private static DocumentText joined(List<String> pageTexts, Integer pageCount, String parser, DocumentOcr ocr,
                                       List<String> warnings) {
        StringBuilder text = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        for (String page : pageTexts) {
            starts.add(text.length());
            text.append(page);
            if (!page.isEmpty() && !page.endsWith("\n")) {
                text.append('\n');
            }
        }
        return new DocumentText(text.toString(), starts, pageCount, parser, ocr.report(), warnings);
    }

    static List<String> pageTexts(DocumentText parsed) {
        List<Integer> starts = parsed.pageStarts();
        List<String> pages = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1) : parsed.text().length();
            pages.add(parsed.text().substring(starts.get(i), end));
        }
        return pages;
    }

    /**
     * Whether a page's text layer is text: enough characters, few replacement or private-use ones, and either
     * mostly Chinese or, for other text, words (spaces between them) rather than the run of symbols and Latin-1
     * letters PDFBox gives for simple fonts whose codes map to no Unicode.
     */
    static boolean hasTextLayer(String pageText) {
        int visible = 0;
        int unmapped = 0;
        int han = 0;
        int symbols = 0;
        int spaces = 0;
        for (int i = 0; i < pageText.length(); i++) {
            char c = pageText.charAt(i);
            if (c == ' ') {
                spaces++;
            }
            if (Character.isWhitespace(c)) {
                continue;
            }
            visible++;
            if (c == '\uFFFD' || (c >= '\uE000' && c <= '\uF8FF') || Character.isISOControl(c)) {
                unmapped++;
            } else if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han++;
            } else if (!Character.isLetterOrDigit(c) || (c >= '\u00A0' && c <= '\u00FF')) {
                symbols++;
            }
        }
        if (visible < MIN_PAGE_CHARACTERS || unmapped > MAX_UNMAPPED_SHARE * visible) {
            return false;
        }
        if (han >= MIN_HAN_SHARE * visible) {
            return true;
        }
        return symbols <= MAX_SYMBOL_SHARE * visible && spaces * WORD_LENGTH >= visible;
    }

    private int dpiFor(PDRectangle box) {
        double inches = (box.getWidth() / 72.0) * (box.getHeight() / 72.0);
        int dpi = limits.ocrDpi();
        while (dpi > 72 && inches * dpi * dpi > MAX_PIXELS) {
            dpi -= 25;
        }
        return dpi;
    }

    /** Fewer than one pixel in a thousand is dark: nothing on the page to read. */
    private static boolean isBlank(BufferedImage image) {
        Raster raster = image.getRaster();
        int dark = 0;
        long total = (long) image.getWidth() * image.getHeight();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                if (raster.getSample(x, y, 0) < 128) {
                    dark++;
                }
            }
        }
        return dark * 4L < total / 1000;
    }
}
