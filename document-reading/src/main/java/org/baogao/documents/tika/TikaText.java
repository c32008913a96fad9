package org.baogao.documents.tika;

import org.apache.tika.Tika;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.baogao.documents.DocumentText;
import org.baogao.documents.LayoutSpaces;
import org.baogao.documents.ReadingLimits;
import org.baogao.documents.UnreadableDocumentException;
import org.baogao.documents.UnreadableDocumentException.Problem;
import org.baogao.filetypes.FileType;
import org.xml.sax.ContentHandler;

import java.io.InputStream;
import java.util.List;

/**
 * Apache Tika reads the document (PDFBox for PDF, POI for Word and WPS, its own RTF and ODF parsers) into
 * XHTML; {@link PagedTextHandler} keeps its text and page starts. The type is the one
 * {@link org.baogao.filetypes.FileTypeDetector} found (Tika is told, not asked again). Tika's own OCR and
 * embedded documents (attachments, pictures inside a .docx) are left out: scans are OCRed by
 * {@link org.baogao.documents.ocr.PdfScanPages} with the language chosen from the script.
 */
public final class TikaText {
    public static final String TIKA = new Tika().toString(); // "Apache Tika 3.3.1"

    private final AutoDetectParser parser = new AutoDetectParser();
    private final ReadingLimits limits;

    public TikaText(ReadingLimits limits) {
        this.limits = limits;
    }

    public DocumentText read(byte[] bytes, FileType type) throws UnreadableDocumentException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.CONTENT_TYPE_PARSER_OVERRIDE, type.mediaType());
        PagedTextHandler handler = new PagedTextHandler(limits.maxCharacters());
        try (InputStream in = TikaInputStream.get(bytes)) {
            parser.parse(in, handler, metadata, context());
        } catch (EncryptedDocumentException e) {
            throw new UnreadableDocumentException(Problem.ENCRYPTED,
                    "the " + type.description() + " is encrypted and needs a password: send it unprotected", e);
        } catch (Exception e) {
            throw failure(type, e);
        }
        List<Integer> pageStarts = handler.pageStarts();
        Integer pageCount = pageStarts.isEmpty() ? pageCount(metadata) : Integer.valueOf(pageStarts.size());
        if (pageCount != null && pageCount > limits.maxPages()) {
            throw new UnreadableDocumentException(Problem.OVER_LIMIT, "the " + type.description() + " has " + pageCount
                    + " pages; at most " + limits.maxPages() + " are read");
        }
        String text = handler.text();
        if (type.format().equals("pdf")) {
            text = LayoutSpaces.remove(text, pageStarts);
        }
        return new DocumentText(text, pageStarts, pageCount, TIKA + " " + parserName(metadata), null, List.of());
    }

    private static ParseContext context() {
        ParseContext context = new ParseContext();
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        pdf.setExtractInlineImages(false);
        pdf.setExtractAnnotationText(false);
        context.set(PDFParserConfig.class, pdf);
        // Word files streamed (SAX), not built as a tree in memory: a 100 MB document.xml reaches the text limit
        // instead of the heap's.
        OfficeParserConfig office = new OfficeParserConfig();
        office.setUseSAXDocxExtractor(true);
        context.set(OfficeParserConfig.class, office);
        TesseractOCRConfig noOcr = new TesseractOCRConfig();
        noOcr.setSkipOcr(true);
        context.set(TesseractOCRConfig.class, noOcr);
        context.set(EmbeddedDocumentExtractor.class, new NoEmbeddedDocuments());
        return context;
    }

    private static UnreadableDocumentException failure(FileType type, Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PagedTextHandler.TextLimitReached limit) {
                return new UnreadableDocumentException(Problem.OVER_LIMIT, "the " + type.description()
                        + " gives more than " + limit.limit + " characters of text: more than any report", e);
            }
            if (t instanceof EncryptedDocumentException) {
                return new UnreadableDocumentException(Problem.ENCRYPTED,
                        "the " + type.description() + " is encrypted and needs a password: send it unprotected", e);
            }
            String message = String.valueOf(t.getMessage());
            if (message.contains("Zip bomb") || message.contains("zip bomb")) {
                return new UnreadableDocumentException(Problem.OVER_LIMIT, "the " + type.description()
                        + " unpacks to far more than it holds (a zip bomb): " + firstLine(message), e);
            }
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return new UnreadableDocumentException(Problem.DAMAGED, "the " + type.description()
                + " is damaged or truncated: " + root.getClass().getSimpleName() + ": " + firstLine(String.valueOf(root.getMessage())), e);
    }

    private static Integer pageCount(Metadata metadata) {
        Integer pages = metadata.getInt(PagedText.N_PAGES);
        return pages != null ? pages : metadata.getInt(Office.PAGE_COUNT);
    }

    private static String parserName(Metadata metadata) {
        String[] parsedBy = metadata.getValues(TikaCoreProperties.TIKA_PARSED_BY);
        if (parsedBy.length == 0) {
            return "";
        }
        String last = parsedBy[parsedBy.length - 1];
        return last.substring(last.lastIndexOf('.') + 1);
    }

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        String line = nl < 0 ? message : message.substring(0, nl);
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }

    /** Attachments and pictures inside a document are not its text. */
    private static final class NoEmbeddedDocuments implements EmbeddedDocumentExtractor {
        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
        }
    }
}
