package org.baogao.targets.kind;

import org.baogao.contracts.Target;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides target / achievement / plan and the year from the words of the sentence up to the
 * statement and the part of the report it is in. Order of evidence: a multi-year horizon
 * (到2025年, “十四五”期间, 今后五年, 2021-2025年) makes a plan; an explicit year before the
 * report's year makes an achievement; then cue words (今年, 力争, 预期目标 vs 去年, 过去一年, 比上年,
 * 预计), with the report part breaking ties (review → achievement, otherwise target).
 */
public final class KindResolver {

    private static final Pattern HORIZON = Pattern.compile("(?:到|至|截至|截止|力争到|争取到)(\\d{4})年|(\\d{4})年(?:前|底前|以前)");
    private static final Pattern SPAN = Pattern.compile("(\\d{4})\\s*(?:-|—|–|~|至|到)\\s*(\\d{4})年");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4}|[一二〇○零九八七六五四三]{4})年");
    private static final Pattern THIS_YEAR = Pattern.compile("今年");
    /** 年均增长 over several years; not 年均浓度, an annual mean. */
    private static final Pattern YEARLY_AVERAGE = Pattern.compile("年均(?!浓度|值)");
    private static final Pattern FIVE_YEARS = Pattern.compile("今后五年|未来五年|五年内");
    private static final Pattern PAST_FIVE = Pattern.compile("过去五年|五年来|过去的五年");
    private static final Pattern TARGET_CUES = Pattern.compile("今年|预期目标|主要目标|力争|确保|争取|目标|计划|拟|预期|明年|全年要|要实现");
    private static final Pattern STRONG_TARGET = Pattern.compile("今年|预期目标|拟|明年");
    private static final Pattern ACHIEVEMENT_CUES = Pattern.compile(
            "过去一年|过去的一年|一年来|(?<![比较])去年|(?<![比较])上年|预计|已经|已|比上年|较上年|比去年|同比|创历史|首次|增长了|提高了|下降了");

    /**
     * @param context    the sentence from its start to the end of the statement's clause
     * @param part       the report part the sentence is in
     * @param reportYear the year the report plans for, or null
     */
    public Kind resolve(String context, ReportPart part, Integer reportYear) {
        return resolve(context, part, reportYear, false);
    }

    /**
     * @param nextYearFrame the document plans for 明年 (a December plenum deploying next year's work): there
     *                      今年 is the year under review and 明年 the report's year
     */
    public Kind resolve(String context, ReportPart part, Integer reportYear, boolean nextYearFrame) {
        return resolve(context, "", part, reportYear, nextYearFrame);
    }

    /**
     * @param paragraphBefore the paragraph up to the sentence: a horizon stated there (到2025年,…。) governs
     *                        年均 goals in the sentences after it
     */
    public Kind resolve(String context, String paragraphBefore, ReportPart part, Integer reportYear, boolean nextYearFrame) {
        if (nextYearFrame) {
            context = THIS_YEAR.matcher(context).replaceAll("去年"); // read 今年 as the reviewed year
        }
        Kind multi = multiYear(context, part, reportYear);
        if (multi != null) {
            return multi;
        }
        if (YEARLY_AVERAGE.matcher(context).find() && part.mode() != ReportPart.Mode.REVIEW && !ACHIEVEMENT_CUES.matcher(context).find()) {
            Kind earlier = paragraphBefore.isEmpty() ? null : multiYear(paragraphBefore, part, reportYear);
            return earlier != null && earlier.kind().equals(Target.PLAN) ? earlier : new Kind(Target.PLAN, null, null, "cue:年均");
        }
        Integer explicit = explicitYear(context);
        if (explicit != null && reportYear != null) {
            if (explicit < reportYear) {
                return new Kind(Target.ACHIEVEMENT, explicit, null, "year:" + explicit);
            }
            if (explicit.equals(reportYear)) {
                return new Kind(Target.TARGET, reportYear, null, "year:" + explicit);
            }
            return new Kind(Target.PLAN, explicit, null, "year:" + explicit);
        }
        boolean targetCue = TARGET_CUES.matcher(context).find();
        boolean achievementCue = ACHIEVEMENT_CUES.matcher(context).find();
        boolean review = part.mode() == ReportPart.Mode.REVIEW;
        boolean achievement = review ? !STRONG_TARGET.matcher(context).find() : achievementCue && !targetCue;
        if (achievement) {
            return new Kind(Target.ACHIEVEMENT, explicit != null ? explicit : minus(reportYear, 1), null, review ? "part:review" : "cue:" + firstCue(ACHIEVEMENT_CUES, context));
        }
        return new Kind(Target.TARGET, reportYear != null ? reportYear : explicit, null, targetCue ? "cue:" + firstCue(TARGET_CUES, context) : "part:" + part.mode().name().toLowerCase());
    }

    private Kind multiYear(String context, ReportPart part, Integer reportYear) {
        Matcher span = SPAN.matcher(context);
        if (span.find()) {
            int from = Integer.parseInt(span.group(1));
            int to = Integer.parseInt(span.group(2));
            if (to > from && to - from <= 15) {
                boolean past = reportYear != null && to < reportYear;
                return new Kind(past ? Target.ACHIEVEMENT : Target.PLAN, to, from + "-" + to, "span:" + from + "-" + to);
            }
        }
        Matcher h = HORIZON.matcher(context);
        while (h.find()) {
            int year = Integer.parseInt(h.group(1) != null ? h.group(1) : h.group(2));
            if (reportYear == null || year > reportYear) {
                return new Kind(Target.PLAN, year, null, "horizon:" + year);
            }
        }
        if (part.mode() == ReportPart.Mode.MULTIYEAR && !PAST_FIVE.matcher(context).find() && !pastPlanOnly(context, reportYear)) {
            Integer end = part.horizonYear();
            return new Kind(Target.PLAN, end, end == null ? null : (end - 4) + "-" + end, "part:multiyear");
        }
        Matcher plan = FivePlans.PERIOD.matcher(context);
        while (plan.find()) {
            Integer end = FivePlans.endYear(plan);
            if (end == null) {
                continue;
            }
            String period = (end - 4) + "-" + end;
            if (reportYear != null && end < reportYear) {
                return new Kind(Target.ACHIEVEMENT, end, period, "plan:" + plan.group(1));
            }
            // in a review, “十四五”规划重大项目 names the plan; it does not make last year's result a goal
            if (!plan.group().contains("以来") && part.mode() != ReportPart.Mode.REVIEW) {
                return new Kind(Target.PLAN, end, period, "plan:" + plan.group(1));
            }
        }
        if (reportYear != null && PAST_FIVE.matcher(context).find()) {
            return new Kind(Target.ACHIEVEMENT, reportYear - 1, (reportYear - 5) + "-" + (reportYear - 1), "cue:" + firstCue(PAST_FIVE, context));
        }
        if (FIVE_YEARS.matcher(context).find() && part.mode() != ReportPart.Mode.REVIEW) {
            return new Kind(Target.PLAN, plus(reportYear, 4), reportYear == null ? null : reportYear + "-" + (reportYear + 4), "cue:" + firstCue(FIVE_YEARS, context));
        }
        return null;
    }

    /** The sentence names only five-year plans that ended before the report (“十三五”时期…): a review. */
    private static boolean pastPlanOnly(String context, Integer reportYear) {
        if (reportYear == null) {
            return false;
        }
        Matcher plan = FivePlans.NAME.matcher(context);
        boolean any = false;
        while (plan.find()) {
            Integer end = FivePlans.endYear(plan);
            if (end == null) {
                continue;
            }
            if (end >= reportYear) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private static Integer explicitYear(String context) {
        Matcher m = YEAR.matcher(context);
        Integer last = null;
        while (m.find()) {
            int y = yearValue(m.group(1));
            if (y >= 1949 && y <= 2100) {
                last = y;
            }
        }
        return last;
    }

    /** 2021 or 二〇二一 / 一九八二 (digit by digit). */
    private static int yearValue(String written) {
        if (Character.isDigit(written.charAt(0))) {
            return Integer.parseInt(written);
        }
        int v = 0;
        for (char c : written.toCharArray()) {
            v = v * 10 + "〇一二三四五六七八九".indexOf(c == '零' || c == '○' ? '〇' : c);
        }
        return v;
    }

    private static String firstCue(Pattern cues, String context) {
        Matcher m = cues.matcher(context);
        return m.find() ? m.group() : "";
    }

    private static Integer minus(Integer y, int d) {
        return y == null ? null : y - d;
    }

    private static Integer plus(Integer y, int d) {
        return y == null ? null : y + d;
    }
}
