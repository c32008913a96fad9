package org.baogao.cleaning.layout;

import org.baogao.cleaning.edit.EditableText;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes lines that belong to the page, not the report: page numbers ({@code - 3 -}, {@code 第3页 共10页}),
 * newspaper page marks ({@code 第3版}, {@code A2版}), navigation trails ({@code 首页 > 政务公开 > ...}),
 * page tools ({@code 打印本页 关闭窗口}, {@code 【字体:大 中 小】}, {@code 扫一扫在手机打开当前页}) and separator
 * lines ({@code |}, {@code ----}). Only short lines are candidates, so a sentence that mentions
 * "首页" is never removed.
 */
public final class PageFurnitureRemoval extends LineRemoval {
    public static final String KIND = "page_furniture";
    private static final int MAX_LINE = 60;

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "\\d{1,3}|[-—–_]+\\s*\\d{1,4}\\s*[-—–_]+|第\\s*\\d{1,4}\\s*页(\\s*[/,,]?\\s*共\\s*\\d{1,4}\\s*页)?|\\d{1,4}\\s*/\\s*\\d{1,4}"
                    + "|[Pp]age\\s*\\d{1,4}(\\s*of\\s*\\d{1,4})?");
    private static final Pattern NEWSPAPER_PAGE = Pattern.compile(
            ".{0,30}(第\\s*[0-9一二三四五六七八九十]{1,3}\\s*版|[A-Z]\\d{1,2}\\s*版)(\\s*[:：].{0,20})?");
    private static final String SEPARATOR_CHARS = "|｜-—=_*·~ ";
    private static final Pattern SEPARATOR = Pattern.compile("[|｜\\-—=_*·~\\s]+");
    private static final List<String> TOOLS = List.of(
            "打印本页", "关闭窗口", "打印此页", "关闭本页", "【打印】", "【关闭】", "[打印]", "[关闭]", "字体:大", "字体:【大",
            "字号:大", "字体:【大", "字号：大", "字体：大", "【字体", "[字体", "扫一扫在手机", "在手机打开当前页", "分享到:", "分享到", "返回顶部", "返回首页",
            "上一篇", "下一篇", "上一条", "下一条", "收藏本页", "加入收藏", "设为首页", "网站地图", "无障碍浏览", "【大】【中】【小】",
            "分享到：",
            "当前位置:", "当前位置：", "您现在的位置", "您的位置", "视力保护色");

    /** The date on a page line (合肥日报 2023年1月11日 第A01版; 南海网 2020-01-08 19:36 来源:… 【大】【中】【小】). */
    private static final Pattern ISSUE_DATE = Pattern.compile(
            "(?:19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|(?:19|20)\\d{2}[-/.]\\d{1,2}[-/.]\\d{1,2}");
    /** Header key for that date: when the text was published, which dates a news report's 今年. */
    public static final String ISSUE_DATE_HEADER = "出版日期";

    @Override
    public String name() {
        return "page-furniture";
    }

    @Override
    void removing(String line, EditableText text) {
        java.util.regex.Matcher date = ISSUE_DATE.matcher(line);
        if (date.find() && !text.header().containsKey(ISSUE_DATE_HEADER)) {
            text.putHeader(ISSUE_DATE_HEADER, date.group());
        }
    }

    @Override
    String kind() {
        return KIND;
    }

    @Override
    boolean isRemovable(String previousLine, String line) {
        // A number under a line ending in a Latin letter is a subscript split off (M₂, PM₁₀), not a page number.
        if (!previousLine.isEmpty() && isAsciiLetter(previousLine.charAt(previousLine.length() - 1))
                && line.length() <= 4 && hasDigit(line) && PAGE_NUMBER.matcher(line).matches()) {
            return false;
        }
        return isRemovable(line);
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    @Override
    boolean isRemovable(String line) {
        if (line.length() > MAX_LINE) {
            return false;
        }
        // Cheap tests decide which patterns can match at all.
        if (SEPARATOR_CHARS.indexOf(line.charAt(0)) >= 0 && SEPARATOR.matcher(line).matches()) {
            return true;
        }
        if (line.length() <= 24 && hasDigit(line) && PAGE_NUMBER.matcher(line).matches()) {
            return true;
        }
        if (line.indexOf('版') >= 0 && NEWSPAPER_PAGE.matcher(line).matches()) {
            return true;
        }
        if (line.startsWith("首页") && (line.contains(">") || line.contains("»") || line.contains("→") || line.contains("》"))) {
            return true;
        }
        if (hasSentencePunctuation(line)) {
            return false;
        }
        for (String tool : TOOLS) {
            if (line.contains(tool)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDigit(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) >= '0' && line.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    /** Page tools are lists of buttons; a line with clause punctuation is a sentence. */
    private static boolean hasSentencePunctuation(String line) {
        for (int i = 0; i < line.length(); i++) {
            if ("，。；！,;".indexOf(line.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
