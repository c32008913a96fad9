package org.baogao.documents.ofd;

import org.baogao.documents.DocumentText;
import org.baogao.documents.ReadingLimits;
import org.baogao.documents.UnreadableDocumentException;
import org.baogao.documents.UnreadableDocumentException.Problem;
import org.ofdrw.core.basicStructure.pageObj.layer.block.TextObject;
import org.ofdrw.core.basicType.ST_Box;
import org.ofdrw.core.text.TextCode;
import org.ofdrw.reader.ContentExtractor;
import org.ofdrw.reader.OFDReader;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * OFD (GB/T 33190, the national e-document format) read with ofdrw, page by page: the text objects of a page
 * in their order, one line per baseline (an object whose top is within half a line of the previous one
 * continues its line). ofdrw unpacks the package into a temporary folder it removes on close.
 */
public final class OfdText {
    public static final String PARSER = "ofdrw " + version();

    private final ReadingLimits limits;

    public OfdText(ReadingLimits limits) {
        this.limits = limits;
    }

    public DocumentText read(byte[] bytes) throws UnreadableDocumentException {
        try (OFDReader reader = new OFDReader(new ByteArrayInputStream(bytes))) {
            int pages = reader.getNumberOfPages();
            if (pages > limits.maxPages()) {
                throw new UnreadableDocumentException(Problem.OVER_LIMIT, "the OFD document has " + pages
                        + " pages; at most " + limits.maxPages() + " are read");
            }
            ContentExtractor extractor = new ContentExtractor(reader);
            StringBuilder text = new StringBuilder();
            List<Integer> starts = new ArrayList<>();
            for (int page = 1; page <= pages; page++) {
                starts.add(text.length());
                appendPage(extractor.getPageTextObject(page), text);
                if (text.length() > limits.maxCharacters()) {
                    throw new UnreadableDocumentException(Problem.OVER_LIMIT, "the OFD document gives more than "
                            + limits.maxCharacters() + " characters of text: more than any report");
                }
            }
            if (text.toString().isBlank() && pages > 0) {
                throw new UnreadableDocumentException(Problem.UNSUPPORTED, "the OFD document has no text codes (its "
                        + "pages are pictures or glyph outlines); OCR of OFD pages is not supported: send it as PDF");
            }
            return new DocumentText(text.toString(), starts, pages, PARSER, null, List.of());
        } catch (UnreadableDocumentException e) {
            throw e;
        } catch (Exception e) {
            throw new UnreadableDocumentException(Problem.DAMAGED, "the OFD document is damaged or truncated: "
                    + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    private static void appendPage(List<TextObject> objects, StringBuilder text) {
        Double lineTop = null;
        double lineHeight = 0;
        for (TextObject object : objects) {
            StringBuilder content = new StringBuilder();
            for (TextCode code : object.getTextCodes()) {
                if (code.getContent() != null) {
                    content.append(code.getContent());
                }
            }
            if (content.isEmpty()) {
                continue;
            }
            ST_Box box = object.getBoundary();
            double top = box == null || box.getTopLeftY() == null ? 0 : box.getTopLeftY();
            double height = box == null || box.getHeight() == null ? 0 : box.getHeight();
            boolean sameLine = lineTop != null && Math.abs(top - lineTop) < Math.max(height, lineHeight) / 2;
            if (!sameLine && !text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
                text.append('\n');
            }
            text.append(content);
            lineTop = top;
            lineHeight = height;
        }
        if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
        }
    }

    private static String version() {
        String version = OFDReader.class.getPackage().getImplementationVersion();
        return version == null ? "" : version;
    }
}
