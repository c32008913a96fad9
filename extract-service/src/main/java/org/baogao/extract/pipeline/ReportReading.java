package org.baogao.extract.pipeline;

import org.baogao.cleaning.CleanedText;
import org.baogao.cleaning.NotTextException;
import org.baogao.cleaning.ReportCleaner;
import org.baogao.cleaning.decoding.DecodedText;
import org.baogao.contracts.FailureKind;
import org.baogao.documents.DocumentReader;
import org.baogao.documents.DocumentText;
import org.baogao.documents.UnreadableDocumentException;
import org.baogao.documents.html.HtmlMainText;
import org.baogao.filetypes.FileType;

import java.util.List;

/**
 * Bytes of a detected type to cleaned text, through the one cleaning chain whatever the format: text is
 * decoded by report-cleaning; a web page is decoded the same way and its main text taken out of the markup;
 * documents and images go to the {@link DocumentReader} (Tika, ofdrw, Tesseract in a child process with a time
 * and memory budget). What cannot be read fails with the reason, sorted into a {@link FailureKind}.
 */
final class ReportReading {
    static final String TEXT_PARSER = "report-cleaning ReportDecoder";

    private final ReportCleaner cleaner;
    private final DocumentReader documents;

    ReportReading(ReportCleaner cleaner, DocumentReader documents) {
        this.cleaner = cleaner;
        this.documents = documents;
    }

    ReadReport read(byte[] bytes, FileType type) {
        return switch (type.reading()) {
            case TEXT -> new ReadReport(cleanText(bytes), type.format(), type.mediaType(), TEXT_PARSER, null, List.of(),
                    null, List.of());
            case HTML -> page(bytes, type);
            case DOCUMENT, IMAGE -> document(bytes, type);
            case REFUSED -> throw new UnprocessableReportException(
                    type.format().equals("encrypted") || type.refusal().contains("encrypted") ? FailureKind.ENCRYPTED
                            : FailureKind.UNSUPPORTED_FORMAT,
                    "a " + type.named() + ": " + type.refusal());
        };
    }

    private CleanedText cleanText(byte[] bytes) {
        try {
            return cleaner.clean(bytes);
        } catch (NotTextException e) {
            throw new UnprocessableReportException(FailureKind.NOT_TEXT, e.getMessage(), e);
        }
    }

    private ReadReport page(byte[] bytes, FileType type) {
        DecodedText decoded;
        try {
            decoded = cleaner.decode(bytes);
        } catch (NotTextException e) {
            throw new UnprocessableReportException(FailureKind.NOT_TEXT, "web page: " + e.getMessage(), e);
        }
        DocumentText main = HtmlMainText.extract(decoded.text());
        CleanedText cleaned = cleaner.cleanDecoded(new DecodedText(main.text(), decoded.charset(), decoded.confidence()));
        return new ReadReport(cleaned, type.format(), type.mediaType(), main.parser(), null, List.of(), null, List.of());
    }

    private ReadReport document(byte[] bytes, FileType type) {
        DocumentText document;
        try {
            document = documents.read(bytes, type);
        } catch (UnreadableDocumentException e) {
            throw new UnprocessableReportException(kindOf(e.problem()), e.getMessage(), e);
        }
        CleanedText cleaned = cleaner.cleanDecoded(new DecodedText(document.text(), null, 0));
        return new ReadReport(cleaned, type.format(), type.mediaType(), document.parser(), document.pageCount(),
                document.pageStarts(), document.ocr(), document.warnings());
    }

    private static FailureKind kindOf(UnreadableDocumentException.Problem problem) {
        return switch (problem) {
            case ENCRYPTED -> FailureKind.ENCRYPTED;
            case DAMAGED -> FailureKind.DAMAGED_DOCUMENT;
            case OCR_NOT_INSTALLED -> FailureKind.OCR_NOT_INSTALLED;
            case OVER_LIMIT -> FailureKind.OVER_LIMIT;
            case UNSUPPORTED -> FailureKind.UNSUPPORTED_FORMAT;
        };
    }
}
