package org.baogao.targets.clause;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits normalized text into sentences (。！？!? and line breaks), sentences into segments
 * (，,；;: — an ASCII comma between digits such as 200,000 is not a break) and segments into
 * clauses: a segment that opens with a predicate word (比上年, 增长, 分别, 达到 ...) has no subject of
 * its own and joins the clause before it; a semicolon or colon always starts a new clause.
 * One pass, offsets into the original text.
 */
public final class ClauseSplitter {

    private static final String[] CONTINUATIONS = {"比上年", "较上年", "比去年", "较去年", "比上年末", "同比", "增长", "下降",
            "分别", "均", "都", "达到", "达", "占", "提高", "降低", "减少", "年均", "控制在", "稳定在", "保持在", "超过",
            "突破", "实际增长", "名义增长", "增速", "增幅", "扣除价格因素", "按可比价格计算", "按可比价计算", "上涨", "回落", "提升", "高于", "低于", "快于", "慢于", "高出", "成长"};

    public List<Clause> split(String text) {
        List<Clause> out = new ArrayList<>();
        int sentenceStart = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            if (i == n || isSentenceEnd(text.charAt(i))) {
                if (i > sentenceStart) {
                    splitSentence(text, sentenceStart, i, out);
                }
                sentenceStart = i + 1;
            }
        }
        return out;
    }

    private void splitSentence(String text, int start, int end, List<Clause> out) {
        List<Clause.Segment> current = new ArrayList<>();
        int segStart = start;
        boolean hardBreak = true;
        for (int i = start; i <= end; i++) {
            boolean isBreak = i == end || isSegmentBreak(text, i, start, end);
            if (!isBreak) {
                continue;
            }
            int s = skipSpaces(text, segStart, i);
            if (i > s) {
                boolean continuation = !hardBreak && !current.isEmpty() && startsWithContinuation(text, s, i);
                if (!continuation && !current.isEmpty()) {
                    emit(current, start, out);
                    current = new ArrayList<>();
                }
                current.add(new Clause.Segment(s, i, continuation));
            }
            hardBreak = i < end && isHardBreak(text.charAt(i));
            segStart = i + 1;
        }
        if (!current.isEmpty()) {
            emit(current, start, out);
        }
    }

    private void emit(List<Clause.Segment> segments, int sentenceStart, List<Clause> out) {
        int s = segments.get(0).start();
        int e = segments.get(segments.size() - 1).end();
        out.add(new Clause(s, e, sentenceStart, List.copyOf(segments)));
    }

    private static boolean isSentenceEnd(char c) {
        return c == '。' || c == '!' || c == '?' || c == '！' || c == '？' || c == '\n' || c == '\r';
    }

    private static boolean isHardBreak(char c) {
        return c == ';' || c == '；' || c == ':' || c == '：';
    }

    private static boolean isSegmentBreak(String text, int i, int start, int end) {
        char c = text.charAt(i);
        if (c == '…') {
            return true; // ……: an elided passage ends what came before
        }
        if (c == '，' || isHardBreak(c)) {
            if (c == ':' && i > start && i + 1 < end && isAsciiDigit(text.charAt(i - 1))
                        && isAsciiDigit(text.charAt(i + 1))) {
                return false; // 1:4, 10:30
            }
            return true;
        }
        if (c == ',') {
            // 200,000: a thousands separator, not a pause
            boolean thousands = i > start && i + 3 < end && isAsciiDigit(text.charAt(i - 1))
                    && isAsciiDigit(text.charAt(i + 1)) && isAsciiDigit(text.charAt(i + 2))
                    && isAsciiDigit(text.charAt(i + 3));
            return !thousands;
        }
        return false;
    }

    /** 比一九七八年增长…, 较2020年下降…: a comparison opens a predicate, not a subject (比重 does not). */
    private static final java.util.regex.Pattern COMPARISON = java.util.regex.Pattern.compile(
            "(?:比|较)(?:上|去|同期|\\d{4}|[一二〇○零九八七六五四三]{4}|年初|“)");

    private static boolean startsWithContinuation(String text, int s, int e) {
        java.util.regex.Matcher m = COMPARISON.matcher(text).region(s, e);
        if (m.lookingAt()) {
            return true;
        }
        for (String w : CONTINUATIONS) {
            if (s + w.length() <= e && text.startsWith(w, s)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Spaces and list glyphs (●■◆, other symbols) before a segment are not part of it. */
    private static int skipSpaces(String text, int i, int end) {
        while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || isListGlyph(text.charAt(i)))) {
            i++;
        }
        return i;
    }

    private static boolean isListGlyph(char c) {
        return Character.getType(c) == Character.OTHER_SYMBOL || c == '•' || c == '·' || c == '∙' || c == '—' || c == '－';
    }
}
