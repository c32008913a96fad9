package org.baogao.documents.tika;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Text out of Tika's XHTML: one line per block element ({@code p}, headings, list items, table rows...), cells
 * apart by a tab, and where each page starts (Tika's PDF parser wraps each page in {@code <div class="page">}).
 * Only the body counts. Past {@code maxCharacters} it stops the parse: a report is never that long.
 */
final class PagedTextHandler extends DefaultHandler {
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr",
            "table", "blockquote", "pre", "section", "article", "ul", "ol", "dl", "dt", "dd");

    private final StringBuilder text = new StringBuilder();
    private final List<Integer> pageStarts = new ArrayList<>();
    private final int maxCharacters;
    private int bodyDepth;

    PagedTextHandler(int maxCharacters) {
        this.maxCharacters = maxCharacters;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        String name = localName.isEmpty() ? qName : localName;
        if (name.equals("body")) {
            bodyDepth++;
            return;
        }
        if (bodyDepth == 0) {
            return;
        }
        if (name.equals("div") && "page".equals(attributes.getValue("class"))) {
            endLine();
            pageStarts.add(text.length());
        } else if (BLOCKS.contains(name)) {
            endLine();
        } else if (name.equals("td") || name.equals("th")) {
            if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
                text.append('\t');
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = localName.isEmpty() ? qName : localName;
        if (name.equals("body")) {
            bodyDepth--;
        } else if (bodyDepth > 0 && (BLOCKS.contains(name) || name.equals("br"))) {
            if (name.equals("br")) {
                text.append('\n');
            } else {
                endLine();
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (bodyDepth == 0) {
            return;
        }
        text.append(ch, start, length);
        if (text.length() > maxCharacters) {
            throw new TextLimitReached(maxCharacters);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        characters(ch, start, length);
    }

    private void endLine() {
        if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
        }
    }

    String text() {
        return text.toString();
    }

    List<Integer> pageStarts() {
        return pageStarts;
    }

    /** The document gave more text than a report has. */
    static final class TextLimitReached extends SAXException {
        final int limit;

        TextLimitReached(int limit) {
            super("more than " + limit + " characters of text");
            this.limit = limit;
        }
    }
}
