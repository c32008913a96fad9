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
        ReportPart section = ReportPart.UNKNOWN; // what headings and paragraph openings say
        ReportPart current = ReportPart.UNKNOWN;
        int i = 0;
        while (i <= text.length()) {
            int nl = text.indexOf('\n', i);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(i, end).strip();
            ReportPart opened = classify(line, reportYear, section);
            if (opened != null) {
                section = opened;
            }
            // A sentence's own frame (去年,…; 报告总结了2021年工作:) holds to the end of its paragraph; the next paragraph
            // returns to the section, unless no structure has been seen (a news item), where the frame carries on.
            ReportPart next = opened != null ? opened : section.mode() == ReportPart.Mode.UNKNOWN ? current : section;
            if (opened == null && !line.isEmpty()) {
                ReportPart turn = classifySentence(line, reportYear);
                next = turn != null ? turn : next;
            }
            current = switchTo(next, current, i, starts, parts);
            for (int dot = nextSentence(text, i, end); dot >= 0; dot = nextSentence(text, dot + 1, end)) {
                ReportPart turn = classifySentence(text.substring(dot + 1, Math.min(end, dot + 1 + OPENING)), reportYear);
                if (turn != null) {
                    current = switchTo(turn, current, dot + 1, starts, parts);
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

    /** How much of a sentence is read for its frame. */
    private static final int OPENING = 40;

    private static ReportPart switchTo(ReportPart next, ReportPart current, int at, List<Integer> starts,
                                       List<ReportPart> parts) {
        if (!next.equals(current)) {
            starts.add(at);
            parts.add(next);
        }
        return next;
    }

    /** The end of the sentence before the next one in {@code [from, end)}, or -1. */
    private static int nextSentence(String text, int from, int end) {
        for (int k = from; k < end - 1; k++) {
            char c = text.charAt(k);
            if (c == '。' || c == '!' || c == '?' || c == '！' || c == '？') {
                return k;
            }
        }
        return -1;
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

    /** How far into a sentence {@link #REPORTED_REVIEW} and {@link #REPORT} can reach their 总结, 回顾 or 报告. */
    private static final int REPORTED_WITHIN = 24;
    /** The report a news item speaks of (报告, 政府工作报告, 市长在报告中), not last year's (去年政府工作报告提出). */
    private static final String REPORT = "^(?:[\\p{IsHan}]{1,10}在)?(?:政府工作)?报告中?(?:还|同时)?";
    /** A news item's account of the report: 报告总结了2021年工作, 报告回顾了过去一年的工作 (the review). */
    private static final Pattern REPORTED_REVIEW = Pattern.compile(
            "^(?:[\\p{IsHan}]{1,10}在)?(?:政府工作)?(?:报告中?)?(?:还|同时|首先)?(?:总结|回顾)(?:了)?");
    /** 报告提出, 报告明确, 报告要求: what the report sets out (the plan, unless a past year follows). */
    private static final Pattern REPORTED_PLAN = Pattern.compile(REPORT + "(?:提出|明确|部署|要求|强调)");
    /** 报告显示, 报告指出, 报告介绍: what the report says, plan or review by the year that follows. */
    private static final Pattern REPORTED = Pattern.compile(REPORT + "(?:显示|指出|介绍|说|称|表示|提出|明确|部署|要求|强调)[,，:：]?");
    private static final Pattern SENTENCE_REVIEW = Pattern.compile("^\\s*(?:(?:过去一年|过去的一年|一年来|过去五年|五年来|去年)[,，]|今年以来)");
    /** Who speaks, before what they say: 区长表示，, 据介绍，, 市长说：“. */
    private static final Pattern SPEAKER = Pattern.compile("^[\\p{IsHan}]{1,12}?(?:表示|说|指出|介绍|强调|透露)[,，:：]“?");
    private static final Pattern SENTENCE_PLAN = Pattern.compile("^\\s*今年(?!以来)");
    private static final Pattern SENTENCE_YEAR = Pattern.compile("^\\s*(\\d{4})年(?:[,，]|是|以来|全年|我们|全[省市区县]|[\\p{IsHan}]{1,6}(?:全省|全市|全区|全县|经济社会发展))");
    private static final Pattern ASIDE = Pattern.compile("\\([^()]*\\)|（[^（）]*）");

    /**
     * The part a sentence turns to by its opening words, or null: a review opening (过去一年,…; 去年,…; a past year;
     * 报告总结了…), a plan opening (今年…; the report's year; 报告提出,… without a past year), asides in brackets not read.
     */
    static ReportPart classifySentence(String opening, Integer reportYear) {
        String o = opening.indexOf('(') >= 0 || opening.indexOf('（') >= 0 ? ASIDE.matcher(opening).replaceAll("") : opening;
        // the report's own words open with a speaker and 报告 or with 总结/回顾 within a few characters
        String head = o.substring(0, Math.min(o.length(), REPORTED_WITHIN));
        if ((head.contains("总结") || head.contains("回顾")) && REPORTED_REVIEW.matcher(o).lookingAt()
                || o.startsWith("回眸")) {
            return new ReportPart(ReportPart.Mode.REVIEW, null);
        }
        boolean plan = false;
        if (head.contains("报告")) {
            Matcher reported = REPORTED.matcher(o);
            plan = REPORTED_PLAN.matcher(o).lookingAt();
            if (reported.lookingAt()) {
                o = o.substring(reported.end());
            }
        } else {
            Matcher speaker = SPEAKER.matcher(o);
            if (speaker.lookingAt()) {
                o = o.substring(speaker.end()); // 区长表示，今年将…: the frame is in what the speaker says
            }
        }
        if (SENTENCE_REVIEW.matcher(o).lookingAt()) {
            return new ReportPart(ReportPart.Mode.REVIEW, null);
        }
        if (SENTENCE_PLAN.matcher(o).lookingAt()) {
            return new ReportPart(ReportPart.Mode.PLAN, null);
        }
        Matcher year = SENTENCE_YEAR.matcher(o);
        if (reportYear != null && year.lookingAt()) {
            int y = Integer.parseInt(year.group(1));
            if (y < reportYear) {
                return new ReportPart(ReportPart.Mode.REVIEW, null);
            }
            if (y == reportYear) {
                return new ReportPart(ReportPart.Mode.PLAN, null);
            }
        }
        return plan || o.startsWith("展望") ? new ReportPart(ReportPart.Mode.PLAN, null) : null;
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
