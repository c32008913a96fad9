package org.baogao.cleaning.header;

import org.baogao.cleaning.edit.CleaningStage;
import org.baogao.cleaning.edit.EditableText;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes newspaper bylines out of the text and into the header: the dateline-and-reporters opening of an
 * article ({@code 本报讯(记者 张三 李四)}, {@code 常熟日报讯(融媒记者 ...)}) and byline lines
 * ({@code □ 记者 徐维庆}, {@code 记者 张三 通讯员 李四}), and editor notes on their own line
 * ({@code （责任编辑：张三）}). Reporters and editors are not people of the report.
 */
public final class BylineRemoval implements CleaningStage {
    public static final String KIND = "byline";
    private static final Pattern DATELINE = Pattern.compile(
            "(?m)^\\s*[\\p{IsHan}]{0,10}讯\\s*[(（]\\s*((?:[\\p{IsHan}]{0,4}记者|通讯员|见习记者)[^()（）\\n]{1,60})[)）]");
    /** An editor's or source note on its own line: {@code （责任编辑：张三）}, {@code [编辑：李四]}. */
    private static final Pattern EDITOR_NOTE = Pattern.compile(
            "(?m)^\\s*[(（\\[【]\\s*(责任编辑|编辑|审核|校对|审校|终审|作者|来源)\\s*[:：]\\s*([^()（）\\[\\]【】\\n]{1,30})[)）\\]】]\\s*$\\n?");
    private static final Pattern BYLINE_LINE = Pattern.compile(
            "(?m)^[\\s□■◎●▲]*((?:[\\p{IsHan}]{0,4}记者|通讯员|本报记者)[\\s:：]*[\\p{IsHan}]{2,4}(?:[\\s、，,]+(?:记者|通讯员)?[\\s:：]*[\\p{IsHan}]{2,4}){0,6})\\s*$\\n?");

    @Override
    public String name() {
        return "byline";
    }

    @Override
    public void apply(EditableText text) {
        String s = text.text();
        boolean reporters = s.contains("记者") || s.contains("通讯员");
        boolean editors = s.contains("编辑") || s.contains("审核") || s.contains("校对") || s.contains("审校")
                || s.contains("终审") || s.contains("作者:") || s.contains("作者：") || s.contains("来源:") || s.contains("来源：");
        if (!reporters && !editors) {
            return;
        }
        java.util.TreeMap<Integer, int[]> removals = new java.util.TreeMap<>();
        Matcher dateline = DATELINE.matcher(reporters ? s : "");
        while (dateline.find()) {
            text.putHeader("记者", dateline.group(1).replaceAll("^[\\p{IsHan}]{0,4}记者\\s*", "").strip());
            removals.put(dateline.start(), new int[]{dateline.start(), dateline.end()});
        }
        Matcher line = BYLINE_LINE.matcher(reporters ? s : "");
        while (line.find()) {
            text.putHeader("记者", line.group(1).replaceAll("^[\\p{IsHan}]{0,4}记者[\\s:：]*", "").strip());
            removals.putIfAbsent(line.start(), new int[]{line.start(), line.end()});
        }
        Matcher note = EDITOR_NOTE.matcher(editors ? s : "");
        while (note.find()) {
            text.putHeader(note.group(1), note.group(2).strip());
            removals.putIfAbsent(note.start(), new int[]{note.start(), note.end()});
        }
        int last = 0;
        for (int[] r : removals.values()) {
            if (r[0] >= last) {
                text.delete(r[0], r[1], KIND);
                last = r[1];
            }
        }
    }
}
