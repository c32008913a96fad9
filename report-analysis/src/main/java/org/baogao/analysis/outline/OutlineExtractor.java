package org.baogao.analysis.outline;

import org.baogao.contracts.Section;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outline of a report: headings marked by numbering (一、 （一） 1. (1) ① 一是 第一章), newspaper
 * headlines on lines of their own, and unmarked parallel headings (paragraphs that open with a short
 * sentence of the same shape: 聚力产业发展，迈向更高质量。). A heading's title is the text after its marker,
 * cut at the first sentence end for run-in headings (1.狠抓重大项目突破。既瞄准… → 狠抓重大项目突破).
 * A section ends where the next heading of the same or a higher level starts.
 */
public final class OutlineExtractor {
    private static final int MAX_TITLE = 60;
    private static final int MAX_HEADLINE = 30;
    private static final int MAX_LEAD = 24;
    private static final int MIN_PARALLEL = 3;
    private static final String SENTENCE_END = "。！？；!?;";
    private static final Pattern BYLINE = Pattern.compile("记者|通讯员|评论员|编辑|来源|□|■|讯\\s*[(（]|版权|扫一扫|打印|关闭|\\d{4}年\\d{1,2}月\\d{1,2}日$");

    public List<Section> extract(String text) {
        List<Line> lines = lines(text);
        List<Heading> headings = new ArrayList<>();
        boolean numbered = false;
        for (Line line : lines) {
            Heading h = marked(line);
            if (h != null) {
                headings.add(h);
                numbered |= h.kind == HeadingKind.CHINESE_COMMA || h.kind == HeadingKind.CHINESE_PAREN
                        || h.kind == HeadingKind.CHAPTER;
            }
        }
        if (!numbered) {
            headings.addAll(headlines(lines));
        }
        headings.addAll(parallel(lines, headings));
        headings.sort((a, b) -> Integer.compare(a.start, b.start));
        return sections(headings, text.length());
    }

    private static List<Line> lines(String text) {
        List<Line> out = new ArrayList<>();
        int pos = 0;
        while (pos <= text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            String raw = text.substring(pos, end);
            String stripped = raw.strip();
            if (!stripped.isEmpty()) {
                out.add(new Line(stripped, pos + raw.indexOf(stripped.charAt(0))));
            }
            if (nl < 0) {
                break;
            }
            pos = nl + 1;
        }
        return out;
    }

    private static Heading marked(Line line) {
        for (HeadingKind kind : HeadingKind.values()) {
            if (kind.marker == null) {
                continue;
            }
            Matcher m = kind.marker.matcher(line.text);
            if (m.lookingAt() && m.end() < line.text.length()) {
                String title = runInTitle(line.text.substring(m.end()));
                if (!title.isEmpty()) {
                    return new Heading(kind, title, line.start);
                }
            }
        }
        return null;
    }

    /** Headlines: short lines of their own, not the document title (first line) and not bylines. */
    private static List<Heading> headlines(List<Line> lines) {
        List<Heading> out = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String t = lines.get(i).text;
            if (t.length() <= MAX_HEADLINE && t.length() >= 4 && !endsWithPunctuation(t) && !containsSentenceEnd(t)
                    && !BYLINE.matcher(t).find() && !t.endsWith("——") && marked(lines.get(i)) == null
                    && followedByProse(lines, i)) {
                out.add(new Heading(HeadingKind.HEADLINE, t, lines.get(i).start));
            }
        }
        return out;
    }

    /** The next line that is not a byline is longer than this one: this one heads it. */
    private static boolean followedByProse(List<Line> lines, int i) {
        for (int j = i + 1; j < lines.size(); j++) {
            String next = lines.get(j).text;
            if (!BYLINE.matcher(next).find() || next.length() > 40) {
                return next.length() > lines.get(i).text.length();
            }
        }
        return false;
    }

    /** Paragraphs whose short lead sentences share their first two or last three characters. */
    private static List<Heading> parallel(List<Line> lines, List<Heading> taken) {
        List<Integer> starts = taken.stream().map(h -> h.start).toList();
        List<Heading> numbered = taken.stream().filter(h -> h.kind != HeadingKind.HEADLINE)
                .sorted((a, b) -> Integer.compare(a.start, b.start)).toList();
        Map<String, List<Heading>> byPrefix = new HashMap<>();
        Map<String, List<Heading>> bySuffix = new HashMap<>();
        for (Line line : lines) {
            if (starts.contains(line.start) || introducesNumbered(line.start, numbered)) {
                continue;
            }
            String lead = lead(line.text);
            if (lead == null || lead.length() < 4 || lead.length() > MAX_LEAD) {
                continue;
            }
            Heading h = new Heading(HeadingKind.PARALLEL, lead, line.start);
            byPrefix.computeIfAbsent(lead.substring(0, 2), k -> new ArrayList<>()).add(h);
            bySuffix.computeIfAbsent(lead.substring(lead.length() - 3), k -> new ArrayList<>()).add(h);
        }
        Map<Integer, Heading> chosen = new HashMap<>();
        for (Map<String, List<Heading>> groups : List.of(byPrefix, bySuffix)) {
            for (List<Heading> group : groups.values()) {
                if (group.size() >= MIN_PARALLEL) {
                    group.forEach(h -> chosen.putIfAbsent(h.start, h));
                }
            }
        }
        return new ArrayList<>(chosen.values());
    }

    /**
     * True if the paragraph at {@code start} opens a section whose own sub-headings are numbered
     * (（一）… 实现高质量发展，产业升级是基础。… 1.…): its lead sentence is an introduction, not a heading.
     */
    private static boolean introducesNumbered(int start, List<Heading> numbered) {
        for (Heading h : numbered) {
            if (h.start > start) {
                return h.kind.ordinal() > HeadingKind.CHINESE_PAREN.ordinal() && h.kind != HeadingKind.PARALLEL;
            }
        }
        return false;
    }

    /** The lead sentence of a paragraph, or null if it has none or it is a clause of a longer sentence. */
    private static String lead(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '！' || c == '!' || c == '？' || c == '?') {
                return null; // 各位代表！ is an address, 怎么办？ a question: neither heads a section
            }
            if (SENTENCE_END.indexOf(c) >= 0) {
                return line.substring(0, i).strip();
            }
            if (c == ':' || c == '：') {
                return null;
            }
        }
        return line.length() <= MAX_LEAD ? line : null;
    }

    /** The heading text of a marked line: all of it if short, else up to its first sentence end. */
    private static String runInTitle(String rest) {
        int cut = rest.length();
        for (int i = 0; i < rest.length(); i++) {
            if (SENTENCE_END.indexOf(rest.charAt(i)) >= 0 || rest.charAt(i) == ':' || rest.charAt(i) == '：') {
                cut = i;
                break;
            }
        }
        String title = rest.substring(0, cut).strip();
        return title.length() > MAX_TITLE ? title.substring(0, MAX_TITLE) : title;
    }

    /**
     * Levels by nesting, as the document shows it: a kind already open closes what is below it, a new kind
     * opens below the open ones (after closing those that usually nest deeper: a （一） after 1. items
     * closes them). So 一、 … 一是 … 二、 gives 1, 2, 1 wherever 一是 sits in the usual order.
     */
    private static List<Section> sections(List<Heading> headings, int textLength) {
        List<HeadingKind> open = new ArrayList<>();
        int[] levels = new int[headings.size()];
        for (int i = 0; i < headings.size(); i++) {
            HeadingKind kind = headings.get(i).kind;
            int at = open.indexOf(kind);
            if (at >= 0) {
                open.subList(at + 1, open.size()).clear();
            } else {
                while (!open.isEmpty() && open.get(open.size() - 1).ordinal() > kind.ordinal()) {
                    open.remove(open.size() - 1);
                }
                open.add(kind);
            }
            levels[i] = open.indexOf(kind) + 1;
        }
        List<Section> out = new ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            Heading h = headings.get(i);
            int end = textLength;
            for (int j = i + 1; j < headings.size(); j++) {
                if (levels[j] <= levels[i]) {
                    end = headings.get(j).start;
                    break;
                }
            }
            out.add(new Section(h.title, levels[i], h.start, end));
        }
        return out;
    }

    private static boolean endsWithPunctuation(String t) {
        char c = t.charAt(t.length() - 1);
        return "。，,；;：:、".indexOf(c) >= 0;
    }

    private static boolean containsSentenceEnd(String t) {
        for (int i = 0; i < t.length(); i++) {
            if ("。；;".indexOf(t.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private record Line(String text, int start) {
    }

    private record Heading(HeadingKind kind, String title, int start) {
    }
}
