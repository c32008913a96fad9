package org.baogao.targets.kind;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tracks the part of a report each paragraph is in. A work report reviews the past year
 * (一、2024年工作回顾 / 过去一年,…) and then plans (二、2025年经济社会发展总体要求 / 今年…);
 * plenum news and key-task lists only plan. Headings and paragraph openings switch the part;
 * everything else inherits it. Linear in the text length.
 */
public final class ReportParts {

    private static final Pattern REVIEW_OPENING = Pattern.compile(
            "^(?:过去一年|过去的一年|过去五年|过去的五年|一年来|五年来|\\d{4}年以来|去年以来|上一年)");
    private static final Pattern REVIEW_HEADING = Pattern.compile("回顾|过去一年|过去五年|一年来|五年来|工作总结|主要工作和成绩");
    private static final Pattern PLAN_HEADING = Pattern.compile(
            "总体要求|预期目标|主要任务|工作任务|重点工作|工作安排|政策取向|工作部署|今年|主要目标|工作建议|重点任务|主要工作安排");
    private static final Pattern PLAN_OPENING = Pattern.compile("^(?:今年|\\d{4}年是|明年是|今年是|今年经济社会发展|今年政府工作)");
    private static final Pattern MULTIYEAR = Pattern.compile("今后五年|未来五年|今后一个时期");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})年");
    private static final Pattern YEAR_OPENING = Pattern.compile("^(\\d{4})年(?:[,，]|是|以来|全年|我们|全[省市区县])");

    private final int[] starts;
    private final ReportPart[] parts;

    private ReportParts(int[] starts, ReportPart[] parts) {
        this.starts = starts;
        this.parts = parts;
    }

    public static ReportParts of(String text, Integer reportYear) {
        List<Integer> starts = new ArrayList<>();
        List<ReportPart> parts = new ArrayList<>();
        ReportPart current = ReportPart.UNKNOWN;
        int i = 0;
        while (i <= text.length()) {
            int nl = text.indexOf('\n', i);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(i, end).strip();
            ReportPart next = classify(line, reportYear, current);
            if (next != null && !next.equals(current)) {
                current = next;
                starts.add(i);
                parts.add(current);
            }
            // inside a paragraph, a sentence opening with 过去一年, or 今年要… switches too
            for (int dot = text.indexOf('。', i); dot >= 0 && dot + 1 < end; dot = text.indexOf('。', dot + 1)) {
                ReportPart turn = classifySentence(text.substring(dot + 1, Math.min(end, dot + 24)), reportYear);
                if (turn != null && !turn.equals(current)) {
                    current = turn;
                    starts.add(dot + 1);
                    parts.add(current);
                }
            }
            if (nl < 0) {
                break;
            }
            i = nl + 1;
        }
        int[] s = new int[starts.size()];
        for (int k = 0; k < s.length; k++) {
            s[k] = starts.get(k);
        }
        return new ReportParts(s, parts.toArray(new ReportPart[0]));
    }

    /** The part the text at {@code offset} belongs to. */
    public ReportPart at(int offset) {
        int lo = 0;
        int hi = starts.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found < 0 ? ReportPart.UNKNOWN : parts[found];
    }

    private static final Pattern SENTENCE_REVIEW = Pattern.compile("^\\s*(?:过去一年|过去的一年|一年来|过去五年|五年来)[,，]");
    private static final Pattern SENTENCE_PLAN = Pattern.compile("^\\s*今年(?:[,，]|是|要|将|经济社会发展|发展的?主要|政府工作)");

    /** The part a sentence inside a paragraph turns to, or null. */
    static ReportPart classifySentence(String opening, Integer reportYear) {
        if (SENTENCE_REVIEW.matcher(opening).lookingAt()) {
            return new ReportPart(ReportPart.Mode.REVIEW, null);
        }
        if (SENTENCE_PLAN.matcher(opening).lookingAt()) {
            return new ReportPart(ReportPart.Mode.PLAN, null);
        }
        return null;
    }

    /** The part a line opens, or null if it opens none. */
    static ReportPart classify(String line, Integer reportYear, ReportPart current) {
        if (line.isEmpty()) {
            return null;
        }
        boolean heading = line.length() <= 40 && line.indexOf('。') < 0;
        Matcher opening = FivePlans.NAME.matcher(line);
        if (opening.lookingAt() && line.length() > opening.end() && "时期".indexOf(line.charAt(opening.end())) >= 0) {
            Integer end = FivePlans.endYear(opening);
            if (end != null && reportYear != null && end >= reportYear) {
                return new ReportPart(ReportPart.Mode.MULTIYEAR, end);
            }
        }
        if (REVIEW_OPENING.matcher(line).lookingAt()) {
            return new ReportPart(ReportPart.Mode.REVIEW, null);
        }
        if (heading) {
            boolean goals = line.contains("目标") || line.contains("任务") || line.contains("规划") || line.contains("建议");
            Matcher plan = FivePlans.NAME.matcher(line);
            while (goals && plan.find()) {
                Integer end = FivePlans.endYear(plan);
                if (end != null && (reportYear == null || end >= reportYear)) {
                    return new ReportPart(ReportPart.Mode.MULTIYEAR, end);
                }
            }
            if (MULTIYEAR.matcher(line).find()) {
                return new ReportPart(ReportPart.Mode.MULTIYEAR, reportYear == null ? null : reportYear + 4);
            }
            Integer year = firstYear(line);
            if (REVIEW_HEADING.matcher(line).find() || (year != null && reportYear != null && year < reportYear
                    && line.contains("工作"))) {
                return new ReportPart(ReportPart.Mode.REVIEW, null);
            }
            if (PLAN_HEADING.matcher(line).find() || (year != null && year.equals(reportYear))) {
                return new ReportPart(ReportPart.Mode.PLAN, null);
            }
            return null;
        }
        Matcher yearOpening = YEAR_OPENING.matcher(line);
        if (reportYear != null && yearOpening.lookingAt()) {
            int year = Integer.parseInt(yearOpening.group(1));
            if (year < reportYear) {
                return new ReportPart(ReportPart.Mode.REVIEW, null); // 2022年,面对… in a 2023 report
            }
            if (year == reportYear) {
                return new ReportPart(ReportPart.Mode.PLAN, null);
            }
        }
        if (PLAN_OPENING.matcher(line).lookingAt()) {
            Integer year = firstYear(line);
            if (year == null || reportYear == null || year >= reportYear) {
                return new ReportPart(ReportPart.Mode.PLAN, null);
            }
        }
        return null;
    }

    private static Integer firstYear(String line) {
        Matcher m = YEAR.matcher(line);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }
}
