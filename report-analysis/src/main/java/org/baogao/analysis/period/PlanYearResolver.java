package org.baogao.analysis.period;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year a report plans for. Each piece of evidence votes for a year with a weight and the
 * heaviest year wins:
 * <ul>
 *   <li>the title (2021年市政府重点工作, 2020年政府工作报告) and explicit plan phrases in the text
 *       (2022年工作目标任务, 2021年重点工作);</li>
 *   <li>a look back at the year just ending (即将过去的2020年, 2020年工作回顾) votes for the year after;</li>
 *   <li>今年/明年 read against the date the text was written: a plenum in December deploying 明年's work
 *       plans for the next year, a report in January on 今年's work for that year;</li>
 *   <li>anniversaries (明年是新中国成立75周年 → 2024, 庆祝建党100周年 → 2021) and five-year-plan milestones
 *       (十四五开局之年 / 开好局 → 2021, 十三五圆满收官 → 2020);</li>
 *   <li>the operator's year hint.</li>
 * </ul>
 * With no evidence at all the most mentioned year stands in.
 */
public final class PlanYearResolver {
    private static final Pattern PLAN_PHRASE = Pattern.compile(
            "((?:19|20)\\d{2})年(?:的|是)?(?:政府|全市|全区|全县|全省)?(?:主要|重点)?(?:工作(?!回顾|总结|情况)|目标任务|主要任务|主要预期目标|预期目标|经济社会发展(?:主要)?(?:预期)?目标|重点任务)");
    /** 对2023年政府工作的建议, 2023年政府工作任务: the national reports' own words for their plan year. */
    private static final Pattern PROPOSAL = Pattern.compile(
            "对((?:19|20)\\d{2})年(?:政府)?工作的建议|((?:19|20)\\d{2})年(?:政府工作|经济社会发展)(?:的)?(?:总体要求|主要任务|重点任务|任务)");
    /** What was done, not planned: 2022年经济社会发展主要目标任务圆满完成. */
    private static final Pattern DONE_AFTER = Pattern.compile("^.{0,12}?(?:圆满完成|顺利完成|全面完成|较好完成|完成情况|执行情况|取得|实现了)");
    private static final Pattern LAST_YEAR_REVIEW = Pattern.compile("过去一年|过去的一年|去年|一年来");
    private static final Pattern CHINESE_YEAR = Pattern.compile("[〇○零一二三四五六七八九]{4}(?=年)");
    private static final Pattern LOOK_BACK = Pattern.compile(
            "(?:即将过去的|刚刚过去的|过去的)((?:19|20)\\d{2})年|((?:19|20)\\d{2})年(?:工作)?回顾");
    private static final Pattern TITLE_YEAR = Pattern.compile("((?:19|20)\\d{2})年");
    private static final Pattern ANY_YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})年");
    private static final Pattern ANNIVERSARY = Pattern.compile(
            "(今年|明年)?(?:是|为)?[^。；,，]{0,12}?(新中国|中华人民共和国|中国共产党|建党|党)(?:成立)?(\\d{1,3})周年");
    private static final Pattern FIVE_YEAR_PLAN = Pattern.compile(
            "十([一二三四五六])五”?(?:规划)?(?:的)?(开局之年|开局起步|开好局|起好步|起步之年|收官之年|圆满收官|决胜之年|最后一年)");
    private static final Pattern NEXT_YEAR_PLAN = Pattern.compile("明年(?:工作|要|是|将|的|经济|全市|全区|全县|全省|重点|目标|力争)");
    private static final Pattern THIS_YEAR_PLAN = Pattern.compile("今年(?:政府工作|工作|要|是|将|的|经济社会发展|全市|全区|全县|全省|重点|目标|主要预期目标|力争)");

    private static final double HINT = 20;
    private static final double CLOSE_CALL = 0.6;
    private static final double TITLE = 8;
    private static final double PLAN = 3;
    private static final double RELATIVE = 3;
    private static final double MILESTONE = 2;
    private static final double LOOK_BACK_WEIGHT = 2;

    /**
     * @param text      report text
     * @param title     title as stated by the source or the first headline (may be empty)
     * @param writtenAt when the text was written, if known
     * @param yearHint  operator's year hint, or null
     */
    public Integer resolve(String text, String title, LocalDate writtenAt, Integer yearHint) {
        Map<Integer, Double> votes = new HashMap<>();
        title = title == null ? null : arabicYears(title);
        if (yearHint != null) {
            votes.merge(yearHint, HINT, Double::sum);
        }
        if (title != null) {
            Matcher m = TITLE_YEAR.matcher(title);
            if (m.find()) {
                votes.merge(Integer.parseInt(m.group(1)), TITLE, Double::sum);
            }
        }
        text = arabicYears(text);
        String body = text;
        forEach(PLAN_PHRASE, text, m -> {
            if (!DONE_AFTER.matcher(body).region(m.end(), Math.min(body.length(), m.end() + 16)).lookingAt()) {
                votes.merge(Integer.parseInt(m.group(1)), PLAN, Double::sum);
            }
        });
        forEach(PROPOSAL, text, m -> votes.merge(
                Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)), 2 * PLAN, Double::sum));
        forEach(LOOK_BACK, text, m -> votes.merge(
                Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)) + 1, LOOK_BACK_WEIGHT, Double::sum));
        forEach(ANNIVERSARY, text, m -> anniversary(m, votes));
        forEach(FIVE_YEAR_PLAN, text, m -> fiveYearPlan(m, votes));
        if (writtenAt != null) {
            relative(text, writtenAt, votes);
        } else if (LAST_YEAR_REVIEW.matcher(text).find() && count(THIS_YEAR_PLAN, text) > 0) {
            // Undated, reviewing 去年 and planning 今年: the year it reports on most is last year.
            Integer latest = mostMentioned(text);
            if (latest != null) {
                votes.merge(latest + 1, LOOK_BACK_WEIGHT, Double::sum);
            }
        }
        if (votes.isEmpty()) {
            return mostMentioned(text);
        }
        double best = votes.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        int bestYear = votes.entrySet().stream().filter(e -> e.getValue() == best)
                .mapToInt(Map.Entry::getKey).max().orElseThrow();
        // A plan looks ahead: of the years with nearly as much evidence, the latest is the one planned
        // (a report reviews last year's work at length before it plans this year's).
        return votes.entrySet().stream()
                .filter(e -> e.getValue() >= CLOSE_CALL * best && e.getKey() > bestYear && e.getKey() <= bestYear + 1)
                .map(Map.Entry::getKey).findFirst().orElse(bestYear);
    }

    /** 一九八四年 → 1984年, same length, so offsets stay. */
    static String arabicYears(String text) {
        Matcher m = CHINESE_YEAR.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder b = new StringBuilder(text);
        do {
            for (int i = m.start(); i < m.end(); i++) {
                b.setCharAt(i, (char) ('0' + "〇一二三四五六七八九".indexOf(normalizeZero(text.charAt(i)))));
            }
        } while (m.find());
        return b.toString();
    }

    private static char normalizeZero(char c) {
        return c == '○' || c == '零' ? '〇' : c;
    }

    /** 明年是新中国成立75周年 → 1949 + 75; without 今年/明年 it may be a look back, so it weighs less. */
    private static void anniversary(Matcher m, Map<Integer, Double> votes) {
        int years = Integer.parseInt(m.group(3));
        int founded = m.group(2).equals("新中国") || m.group(2).equals("中华人民共和国") ? 1949 : 1921;
        if (years < 1 || years > 150) {
            return;
        }
        double weight = m.group(1) != null ? MILESTONE + 1 : MILESTONE / 2;
        votes.merge(founded + years, weight, Double::sum);
    }

    private static void fiveYearPlan(Matcher m, Map<Integer, Double> votes) {
        int ordinal = "一二三四五六".indexOf(m.group(1).charAt(0)) + 11; // 十一五 ... 十六五
        int first = 2006 + (ordinal - 11) * 5;
        String phase = m.group(2);
        boolean start = phase.contains("开局") || phase.contains("起") || phase.contains("开好局");
        votes.merge(start ? first : first + 4, MILESTONE, Double::sum);
    }

    /** 今年/明年 against the writing date: late in the year 明年 is what a plenum plans for. */
    private static void relative(String text, LocalDate writtenAt, Map<Integer, Double> votes) {
        int next = count(NEXT_YEAR_PLAN, text);
        int current = count(THIS_YEAR_PLAN, text);
        if (next > 0 && (writtenAt.getMonthValue() >= 9 || next >= current)) {
            votes.merge(writtenAt.getYear() + 1, RELATIVE + Math.min(next, 3), Double::sum);
        } else if (current > 0) {
            votes.merge(writtenAt.getYear(), RELATIVE + Math.min(current, 3), Double::sum);
        } else {
            // A dated text without 今年/明年: late-year texts look ahead, early-year texts plan the year they are in.
            votes.merge(writtenAt.getMonthValue() >= 11 ? writtenAt.getYear() + 1 : writtenAt.getYear(), 1.0,
                    Double::sum);
        }
    }

    private static Integer mostMentioned(String text) {
        Map<Integer, Integer> counts = new HashMap<>();
        forEach(ANY_YEAR, text, m -> counts.merge(Integer.parseInt(m.group(1)), 1, Integer::sum));
        return counts.entrySet().stream()
                .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
    }

    private static void forEach(Pattern p, String text, java.util.function.Consumer<Matcher> action) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            action.accept(m);
        }
    }

    private static int count(Pattern p, String text) {
        Matcher m = p.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
