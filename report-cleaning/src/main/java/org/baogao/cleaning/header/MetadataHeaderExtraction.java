package org.baogao.cleaning.header;

import org.baogao.cleaning.edit.CleaningStage;
import org.baogao.cleaning.edit.EditableText;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the metadata a portal puts above or around a document (信息名称, 索引号, 发布机构, 生成日期, 公开日期,
 * 来源, 发布时间, 作者...) into the header, keys without spaces. The header lines stay in the text, tidied:
 * the table separators ({@code |}) portals print between fields go, and lines that are only separators are
 * removed. Several fields on one line ({@code 来源:市政府办 发布时间:2021-01-25}) are all read.
 */
public final class MetadataHeaderExtraction implements CleaningStage {
    public static final String KIND = "metadata_header";

    /** Field names portals use; a spaced-out spelling ({@code 索 引 号}) counts too. */
    private static final Set<String> KEYS = Set.of(
            "信息名称", "标题", "索引号", "主题分类", "体裁分类", "组配分类", "服务对象分类", "法定主动公开分类", "公开方式",
            "公开范围", "公开时限", "公开形式", "文件编号", "文号", "发文字号", "发布机构", "发文机关", "发文单位", "信息来源", "来源",
            "成文日期", "生成日期", "公开日期", "发布日期", "发布时间", "印发日期", "生效日期", "废止日期", "有效性", "时效",
            "内容概述", "主题词", "关键词", "作者", "记者", "编辑", "责任编辑", "审核", "浏览次数", "点击数", "访问次数", "阅读次数");

    private static final Pattern FIELD = Pattern.compile(
            "([\\p{IsHan}][\\p{IsHan} ]{0,10}[\\p{IsHan}])\\s*[:：]\\s*((?:[^|｜:：]|[:：](?=\\d))*?)\\s*(?=[|｜]|$|\\s+[\\p{IsHan}][\\p{IsHan} ]{0,10}[\\p{IsHan}]\\s*[:：])");
    private static final int MAX_LINE = 120;

    @Override
    public String name() {
        return "metadata-header";
    }

    @Override
    public void apply(EditableText text) {
        String s = text.text();
        int start = 0;
        while (start < s.length()) {
            int nl = s.indexOf('\n', start);
            int end = nl < 0 ? s.length() : nl;
            String line = s.substring(start, end);
            String stripped = line.strip();
            if (!stripped.isEmpty() && isSeparatorOnly(stripped)) {
                text.delete(start, nl < 0 ? end : end + 1, KIND);
            } else if (!stripped.isEmpty() && stripped.length() <= MAX_LINE && hasEarlyColon(stripped)
                    && readFields(text, stripped)) {
                tidy(text, line, start);
            }
            start = end + 1;
        }
    }

    /** A field name is short: a line without a colon near its start holds no field (cheap test first). */
    private static boolean hasEarlyColon(String line) {
        for (int i = 0; i < Math.min(line.length(), 16); i++) {
            if (line.charAt(i) == ':' || line.charAt(i) == '：') {
                return true;
            }
        }
        return false;
    }

    private static boolean isSeparatorOnly(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != '|' && c != '｜' && !Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    /** Puts the line's known fields into the header; true if it had any. */
    private static boolean readFields(EditableText text, String line) {
        Matcher m = FIELD.matcher(line);
        boolean any = false;
        while (m.find()) {
            String key = m.group(1).replace(" ", "");
            if (KEYS.contains(key)) {
                any = true;
                String value = m.group(2).strip();
                if (!value.isEmpty()) {
                    text.putHeader(key, value);
                }
            }
        }
        return any;
    }

    /** Removes the trailing table separator of a header line and the spaces inside a spaced-out key. */
    private static void tidy(EditableText text, String line, int lineStart) {
        int keyEnd = line.indexOf(':');
        int fullWidth = line.indexOf('：');
        if (keyEnd < 0 || (fullWidth >= 0 && fullWidth < keyEnd)) {
            keyEnd = fullWidth;
        }
        for (int i = 0; i < keyEnd; i++) {
            if (line.charAt(i) == ' ' && i > 0 && i + 1 < keyEnd && line.charAt(i - 1) != ' ') {
                int j = i;
                while (j < keyEnd && line.charAt(j) == ' ') {
                    j++;
                }
                text.delete(lineStart + i, lineStart + j, KIND);
                i = j - 1;
            }
        }
        int end = line.length();
        while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        if (end > 0 && (line.charAt(end - 1) == '|' || line.charAt(end - 1) == '｜')) {
            int cut = end - 1;
            while (cut > keyEnd + 1 && Character.isWhitespace(line.charAt(cut - 1))) {
                cut--;
            }
            text.delete(lineStart + cut, lineStart + line.length(), KIND);
        }
    }
}
