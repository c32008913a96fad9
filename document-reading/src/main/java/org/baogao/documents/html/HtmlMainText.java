package org.baogao.documents.html;

import org.baogao.documents.DocumentText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The report text of a saved portal page, without the page around it. jsoup parses the page as browsers do;
 * then, like Readability: scripts, styles, forms, navigation, menus, share buttons, headers and footers go (by
 * element and by class or id); every paragraph-like block scores its Chinese characters, less those inside
 * links, for its parent and half for its grandparent; the best-scored container is the article. Its blocks
 * become lines. The page's title (the portal's {@code ArticleTitle} meta tag, else {@code h1}, else
 * {@code <title>} without the site name) heads the text when the article does not start with it.
 *
 * <p>Tika's HTML parser keeps every text node, menus included, and its boilerpipe handler is not in the
 * standard package; scoring by Chinese characters is what tells a report from a portal's link lists.
 */
public final class HtmlMainText {
    public static final String PARSER = "jsoup " + jsoupVersion();

    private static final String JUNK_ELEMENTS = "script, style, noscript, template, iframe, object, embed, form, button, "
            + "select, input, textarea, nav, header, footer, aside, svg, canvas, audio, video, map, dialog";
    /** Class or id words of page furniture on Chinese portals and elsewhere. */
    private static final Pattern JUNK_NAME = Pattern.compile(
            "(?i)(^|[-_\\s])(nav|navbar|menu|menus|footer|foot|bottom|header|head|topbar|breadcrumbs?|crumbs?|position|location|"
                    + "share|bdshare|social|sidebar|side|toolbar|tools?|print|comment|comments|related|relevant|copyright|"
                    + "banner|ads?|advert|login|search|skip|qrcode|ewm|subnav|channel|links|friendlink|pager|pagination)([-_\\s\\d]|$)");
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr",
            "table", "blockquote", "pre", "section", "article", "main", "ul", "ol", "dl", "dt", "dd", "center", "td", "th");
    private static final Set<String> SCORED = Set.of("p", "td", "pre", "blockquote", "li", "div", "span", "font");
    private static final Pattern TITLE_SITE_SUFFIX = Pattern.compile("\\s*[_|\\-—–]\\s*[^_|\\-—–]{2,40}$");

    private HtmlMainText() {
    }

    public static DocumentText extract(String html) {
        Document page = Jsoup.parse(html);
        String title = title(page);
        Element body = page.body();
        body.select(JUNK_ELEMENTS).remove();
        removeJunkByName(body);
        Element article = article(body);
        StringBuilder text = new StringBuilder();
        appendBlocks(article, text);
        String main = text.toString().strip();
        if (!title.isEmpty() && !main.startsWith(title)) {
            main = title + "\n" + main;
        }
        return new DocumentText(main + "\n", List.of(), null, PARSER, null, List.of());
    }

    private static String title(Document page) {
        Element meta = page.selectFirst("meta[name~=(?i)^(ArticleTitle|title)$]");
        if (meta != null && !meta.attr("content").isBlank()) {
            return meta.attr("content").strip();
        }
        Element h1 = page.body().selectFirst("h1");
        if (h1 != null && !h1.text().isBlank() && h1.text().length() <= 80) {
            return h1.text().strip();
        }
        return TITLE_SITE_SUFFIX.matcher(page.title().strip()).replaceFirst("");
    }

    private static void removeJunkByName(Element body) {
        for (Element e : body.select("[class], [id]")) {
            if (e.parent() == null) {
                continue; // removed with an ancestor
            }
            String names = e.className() + " " + e.id();
            if (JUNK_NAME.matcher(names).find() && chineseCharacters(e.text()) < 200) {
                // Only small blocks: a site that calls its article container "main-side" keeps its article.
                e.remove();
            }
        }
    }

    /** The container whose paragraphs hold the most Chinese text outside links. */
    private static Element article(Element body) {
        Map<Element, Double> scores = new HashMap<>();
        for (Element block : body.getAllElements()) {
            if (!SCORED.contains(block.normalName()) || hasBlockChildren(block)) {
                continue;
            }
            int chinese = chineseCharacters(block.text());
            int linked = 0;
            for (Element link : block.select("a")) {
                linked += chineseCharacters(link.text());
            }
            double score = chinese - 2.0 * linked;
            if (score < 10) {
                continue;
            }
            Element parent = block.parent();
            if (parent != null) {
                scores.merge(parent, score, Double::sum);
                Element grandparent = parent.parent();
                if (grandparent != null) {
                    scores.merge(grandparent, score / 2, Double::sum);
                }
            }
        }
        Element best = body;
        double bestScore = 0;
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            if (e.getValue() > bestScore) {
                best = e.getKey();
                bestScore = e.getValue();
            }
        }
        return best;
    }

    private static boolean hasBlockChildren(Element element) {
        for (Element child : element.children()) {
            if (BLOCKS.contains(child.normalName()) && !child.normalName().equals("td")) {
                return true;
            }
        }
        return false;
    }

    private static void appendBlocks(Node node, StringBuilder out) {
        if (node instanceof TextNode textNode) {
            String text = textNode.getWholeText().replaceAll("[\\s\\u00A0]+", " ");
            if (!text.isBlank() || (!out.isEmpty() && out.charAt(out.length() - 1) != '\n')) {
                out.append(text);
            }
            return;
        }
        if (!(node instanceof Element element)) {
            return;
        }
        String name = element.normalName();
        if (name.equals("br")) {
            out.append('\n');
            return;
        }
        boolean block = BLOCKS.contains(name);
        if (block) {
            endLine(out);
        }
        for (Node child : element.childNodes()) {
            appendBlocks(child, out);
        }
        if (block) {
            endLine(out);
        } else if (name.equals("td") || name.equals("th")) {
            out.append('\t');
        }
    }

    private static void endLine(StringBuilder out) {
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        out.setLength(end);
        if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }

    private static int chineseCharacters(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN) {
                n++;
            }
        }
        return n;
    }

    private static String jsoupVersion() {
        String version = Jsoup.class.getPackage().getImplementationVersion();
        return version == null ? "" : version;
    }

}
