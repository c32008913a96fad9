package org.baogao.cleaning.normalize;

import org.baogao.cleaning.edit.CleaningStage;
import org.baogao.cleaning.edit.EditableText;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What scraping leaves of HTML in a text: tags ({@code <br>}, {@code <p>}, {@code <span style=...>}) and
 * character references ({@code &nbsp;}, {@code &ldquo;}, {@code &#8220;}). Line-making tags become line
 * ends, other tags go, references become their characters. Text without {@code <} or {@code &} costs one scan.
 */
public final class HtmlRemnants implements CleaningStage {
    public static final String KIND = "html_remnant";

    private static final Pattern REMNANT = Pattern.compile(
            "<\\s*(/?)\\s*([a-zA-Z][a-zA-Z0-9]{0,9})(?:\\s[^<>]{0,300})?\\s*/?\\s*>|&(#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6}|[a-zA-Z]{2,8});");
    private static final java.util.Set<String> LINE_TAGS = java.util.Set.of("br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6");
    private static final java.util.Set<String> TAGS = java.util.Set.of(
            "br", "p", "div", "span", "font", "b", "strong", "i", "em", "u", "a", "li", "ul", "ol", "table", "tbody", "thead",
            "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "img", "hr", "sup", "sub", "center", "section", "article", "o");
    private static final Map<String, String> ENTITIES = Map.ofEntries(
            Map.entry("nbsp", " "), Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("ldquo", "“"), Map.entry("rdquo", "”"), Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"),
            Map.entry("mdash", "—"), Map.entry("ndash", "–"), Map.entry("hellip", "…"), Map.entry("middot", "·"), Map.entry("times", "×"),
            Map.entry("divide", "÷"), Map.entry("deg", "°"), Map.entry("permil", "‰"), Map.entry("yen", "¥"), Map.entry("ensp", " "),
            Map.entry("emsp", " "), Map.entry("copy", "©"), Map.entry("reg", "®"), Map.entry("bull", "•"));

    @Override
    public String name() {
        return "html";
    }

    @Override
    public void apply(EditableText text) {
        String s = text.text();
        if (s.indexOf('<') < 0 && s.indexOf('&') < 0) {
            return;
        }
        Matcher m = REMNANT.matcher(s);
        while (m.find()) {
            String replacement = replacement(m);
            if (replacement != null) {
                text.replace(m.start(), m.end(), replacement, KIND);
            }
        }
    }

    private static String replacement(Matcher m) {
        if (m.group(2) != null) {
            String tag = m.group(2).toLowerCase(java.util.Locale.ROOT);
            if (!TAGS.contains(tag)) {
                return null;
            }
            boolean closing = !m.group(1).isEmpty();
            return LINE_TAGS.contains(tag) && (tag.equals("br") || closing) ? "\n" : "";
        }
        String ref = m.group(3);
        if (ref.charAt(0) == '#') {
            try {
                int code = ref.charAt(1) == 'x' || ref.charAt(1) == 'X'
                        ? Integer.parseInt(ref.substring(2), 16) : Integer.parseInt(ref.substring(1));
                return Character.isValidCodePoint(code) && code >= 0x20 ? new String(Character.toChars(code)) : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return ENTITIES.get(ref.toLowerCase(java.util.Locale.ROOT));
    }
}
