package org.baogao.analysis.period;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year a report plans for. Each piece of evidence votes for a year with a weight and the
 * heaviest year wins:
 * <ul>
 *   <li>the title (2021年市政府重点工作, 2020年政府工作报告) and explicit plan phrases in the text
 *       (2022年工作目标任务, 2021年重点工作, 对2023年政府工作的建议), unless what follows says it is done
 *       (2022年主要目标任务圆满完成);</li>
 *   <li>a look back at the year just ending (即将过去的2020年, 2020年工作回顾) votes for the year after;</li>
 *   <li>今年/明年 read against the date the text was written: a plenum in December deploying 明年's work
 *       plans for the next year, a report in January on 今年's work for that year; an undated report that
 *       reviews 去年 and plans 今年 plans the year after the one it reports on most;</li>
 *   <li>anniversaries (明年是新中国成立75周年 → 2024, 庆祝建党100周年 → 2021), party congresses (迎接党的二十大
 *       胜利召开 → 2022, 贯彻二十大精神的开局之年 → 2023) and five-year-plan milestones (十四五开局之年 / 开好局 → 2021,
 *       十三五圆满收官 → 2020);</li>
 *   <li>the operator's year hint.</li>
 * </ul>
 * Of years with nearly as much evidence the later wins (a report reviews last year before planning this
 * one). With no evidence at all the most mentioned year stands in. Years in Chinese numerals
 * (二〇二二年) count like Arabic ones.
 *
 * <p>Every pattern is tried only where its anchor (a year before 年, 今年, 明年, 十, 周年) occurs: a regular
 * expression tried at every position of a long report costs more than all the rest of the analysis.
 */
public final class PlanYearResolver {
    /** After "YYYY": a plan phrase. */
    private static final Pattern PLAN_PHRASE = Pattern.compile(
            "年(?:的|是)?(?:政府|全市|全区|全县|全省)?(?:主要|重点)?(?:工作(?!回顾|总结|情况)|目标任务|主要任务|主要预期目标|预期目标|(?:国民)?经济(?:和)?社会发展的?(?:主要)?(?:预期)?目标|重点任务)");
    /** After "YYYY": what that year is to be (2006年是实施“十一五”规划的第一年, 2015年是“十二五”收官之年). */
    private static final Pattern YEAR_TO_BE = Pattern.compile("年是[^。；;，,]{0,40}?(?:之年|第一年)");
    /** After "YYYY": a look back at a year that was (2008年是极不平凡的一年). */
    private static final Pattern YEAR_THAT_WAS = Pattern.compile("年是[^。；;，,]{0,12}?(?:极不平凡|很不平凡|不平凡|极不寻常)");
    /** After "YYYY": the national reports' own words for their plan year (对2023年政府工作的建议). */
    private static final Pattern PROPOSAL = Pattern.compile(
            "年(?:政府)?工作的建议|年(?:政府工作|经济社会发展)(?:的)?(?:总体要求|主要任务|重点任务|任务)");
    /** What was done, not planned: 2022年经济社会发展主要目标任务圆满完成. */
    private static final Pattern DONE_AFTER = Pattern.compile(".{0,12}?(?:圆满完成|顺利完成|全面完成|较好完成|完成情况|执行情况|取得|实现了)");
    private static final Pattern REVIEW_AFTER = Pattern.compile("年[^。，；\\n]{0,8}?回顾");
    private static final List<String> LAST_YEAR_REVIEW = List.of("过去一年", "过去的一年", "去年", "一年来");
    private static final Pattern ANNIVERSARY = Pattern.compile("(新中国|中华人民共和国|中国共产党|建党|党)(?:成立)?(\\d{1,3})$");
    /** 今年/明年 earlier in the same clause as an anniversary: 明年是中华人民共和国成立75周年. */
    private static final Pattern ANNIVERSARY_YEAR = Pattern.compile("(今年|明年)[^。；;,，]*$");
    private static final Pattern FIVE_YEAR_PLAN = Pattern.compile(
            "十([一二三四五六])五”?(?:规划)?(?:的)?(开局之年|开局起步|开好局|起好步|起步之年|收官之年|圆满收官|决胜之年|最后一年)");
    private static final Pattern NEXT_YEAR_PLAN = Pattern.compile("(?:工作|要|是|将|的|经济|全市|全区|全县|全省|重点|目标|力争)");
    private static final Pattern THIS_YEAR_PLAN = Pattern.compile("(?:政府工作|工作|要|是|将|的|经济社会发展|全市|全区|全县|全省|重点|目标|主要预期目标|力争)");
    private static final Pattern PARTY_CONGRESS = Pattern.compile(
            "党的((?:二十|十)[一二三四五六七八九]?)(?:次全国代表)?大(?:会)?(精神的开局之年|胜利召开|召开)");
    private static final String CHINESE_DIGITS = "〇一二三四五六七八九";

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
        if (yearHint != null) {
            votes.merge(yearHint, HINT, Double::sum);
        }
        if (title != null) {
            List<int[]> titleYears = years(arabicYears(title));
            if (!titleYears.isEmpty()) {
                votes.merge(titleYears.get(0)[1], TITLE, Double::sum);
            }
        }
        String body = arabicYears(text);
        List<int[]> years = years(body);
        Set<Integer> reviewed = new HashSet<>();
        List<Integer> toBe = new ArrayList<>();
        for (int[] y : years) {
            int after = y[0] + 4;
            int year = y[1];
            if (lookingAt(PLAN_PHRASE, body, after) && !isHorizon(body, y[0]) && !DONE_AFTER.matcher(body)
                    .region(end(PLAN_PHRASE, body, after), Math.min(body.length(), after + 40)).lookingAt()) {
                votes.merge(year, PLAN, Double::sum);
            }
            if (lookingAt(YEAR_TO_BE, body, after) && !isHorizon(body, y[0])) {
                toBe.add(year);
            }
            if (lookingAt(YEAR_THAT_WAS, body, after)) {
                votes.merge(year + 1, LOOK_BACK_WEIGHT, Double::sum);
                reviewed.add(year);
            }
            if (lookingAt(PROPOSAL, body, after)) {
                votes.merge(year, 2 * PLAN, Double::sum);
            }
            if (lookingAt(REVIEW_AFTER, body, after) || body.startsWith("过去的", y[0] - 3)) {
                votes.merge(year + 1, LOOK_BACK_WEIGHT, Double::sum);
                reviewed.add(year);
            }
        }
        // "1991年是…“八五”计划的第一年" under a heading 1991年工作的回顾 describes the year reviewed.
        toBe.stream().filter(year -> !reviewed.contains(year)).forEach(year -> votes.merge(year, PLAN, Double::sum));
        anniversaries(body, votes);
        partyCongresses(body, votes);
        fiveYearPlans(body, votes);
        int next = count(body, "明年", NEXT_YEAR_PLAN);
        int current = count(body, "今年", THIS_YEAR_PLAN);
        if (writtenAt != null) {
            relative(next, current, writtenAt, votes);
        } else if (current > 0 && LAST_YEAR_REVIEW.stream().anyMatch(body::contains)) {
            // Undated, reviewing 去年 and planning 今年: the year it reports on most is last year.
            Integer reported = mostMentioned(years);
            if (reported != null) {
                votes.merge(reported + 1, LOOK_BACK_WEIGHT, Double::sum);
            }
        }
        if (votes.isEmpty()) {
            return mostMentioned(years);
        }
        double best = votes.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        int bestYear = votes.entrySet().stream().filter(e -> e.getValue() == best)
                .mapToInt(Map.Entry::getKey).max().orElseThrow();
        // A plan looks ahead: of the years with nearly as much evidence, the latest is the one planned.
        return votes.entrySet().stream()
                .filter(e -> e.getValue() >= CLOSE_CALL * best && e.getKey() > bestYear && e.getKey() <= bestYear + 1)
                .map(Map.Entry::getKey).findFirst().orElse(bestYear);
    }

    /** 到2010年…, 2021—2025年: the end of a multi-year horizon, not the year planned for. */
    private static boolean isHorizon(String text, int yearStart) {
        if (yearStart == 0) {
            return false;
        }
        char before = text.charAt(yearStart - 1);
        return before == '到' || before == '至' || before == '—' || before == '-' || before == '~' || before == '～';
    }

    /** Every "YYYY年" (1900-2099, not part of a longer number): {start, year}. */
    static List<int[]> years(String text) {
        List<int[]> out = new ArrayList<>();
        for (int at = text.indexOf('年', 4); at >= 0; at = text.indexOf('年', at + 1)) {
            int start = at - 4;
            char c0 = text.charAt(start);
            char c1 = text.charAt(start + 1);
            if ((c0 == '1' && c1 == '9' || c0 == '2' && c1 == '0') && isDigit(text.charAt(start + 2))
                    && isDigit(text.charAt(start + 3)) && (start == 0 || !isDigit(text.charAt(start - 1)))) {
                out.add(new int[]{start, Integer.parseInt(text, start, at, 10)});
            }
        }
        return out;
    }

    /** 一九八四年 → 1984年, same length, so offsets stay. */
    static String arabicYears(String text) {
        StringBuilder b = null;
        for (int at = text.indexOf('年', 4); at >= 0; at = text.indexOf('年', at + 1)) {
            boolean chinese = true;
            for (int i = at - 4; i < at && chinese; i++) {
                chinese = digitOf(text.charAt(i)) >= 0;
            }
            if (chinese) {
                if (b == null) {
                    b = new StringBuilder(text);
                }
                for (int i = at - 4; i < at; i++) {
                    b.setCharAt(i, (char) ('0' + digitOf(text.charAt(i))));
                }
            }
        }
        return b == null ? text : b.toString();
    }

    private static int digitOf(char c) {
        return c == '○' || c == '零' ? 0 : CHINESE_DIGITS.indexOf(c);
    }

    /** 明年是新中国成立75周年 → 1949 + 75; without 今年/明年 it may be a look back, so it weighs less. */
    private static void anniversaries(String text, Map<Integer, Double> votes) {
        for (int at = text.indexOf("周年"); at >= 0; at = text.indexOf("周年", at + 2)) {
            String before = text.substring(Math.max(0, at - 14), at);
            Matcher m = ANNIVERSARY.matcher(before);
            if (!m.find()) {
                continue;
            }
            int years = Integer.parseInt(m.group(2));
            int founded = m.group(1).equals("新中国") || m.group(1).equals("中华人民共和国") ? 1949 : 1921;
            if (years < 1 || years > 150) {
                continue;
            }
            int clause = Math.max(0, at - 30);
            boolean dated = ANNIVERSARY_YEAR.matcher(text.substring(clause, at - before.length() + m.start())).find();
            votes.merge(founded + years, dated ? MILESTONE + 1 : MILESTONE / 2, Double::sum);
        }
    }

    /**
     * Party congresses meet every five years (十二大 1982 … 二十大 2022): a text that 迎接s one plans for its
     * year; 贯彻…二十大精神的开局之年 is the year after. 建党百年/党的百年华诞 is 2021.
     */
    private static void partyCongresses(String text, Map<Integer, Double> votes) {
        Matcher m = PARTY_CONGRESS.matcher(text);
        for (int at = text.indexOf("党的"); at >= 0; at = text.indexOf("党的", at + 2)) {
            m.region(at, Math.min(text.length(), at + 20));
            if (m.lookingAt()) {
                String n = m.group(1);
                int ordinal = n.startsWith("二十") ? 20 + digit(n.substring(2)) : 10 + digit(n.substring(1));
                int year = 1982 + 5 * (ordinal - 12);
                if (m.group(2).contains("开局")) {
                    votes.merge(year + 1, MILESTONE, Double::sum);
                } else if (text.substring(Math.max(0, at - 10), at).contains("迎接")) {
                    votes.merge(year, MILESTONE, Double::sum);
                }
            }
        }
        for (String centenary : List.of("建党百年", "党的百年华诞")) {
            for (int at = text.indexOf(centenary); at >= 0; at = text.indexOf(centenary, at + 1)) {
                boolean ahead = text.substring(Math.max(0, at - 10), at).contains("迎接");
                votes.merge(2021, ahead ? MILESTONE : MILESTONE / 2, Double::sum);
            }
        }
    }

    private static int digit(String s) {
        return s.isEmpty() ? 0 : "一二三四五六七八九".indexOf(s.charAt(0)) + 1;
    }

    private static void fiveYearPlans(String text, Map<Integer, Double> votes) {
        Matcher m = FIVE_YEAR_PLAN.matcher(text);
        for (int at = text.indexOf('十'); at >= 0; at = text.indexOf('十', at + 1)) {
            m.region(at, Math.min(text.length(), at + 16));
            if (m.lookingAt()) {
                int first = 2006 + "一二三四五六".indexOf(m.group(1).charAt(0)) * 5; // 十一五 began in 2006
                String phase = m.group(2);
                boolean start = phase.contains("开局") || phase.contains("起");
                votes.merge(start ? first : first + 4, MILESTONE, Double::sum);
            }
        }
    }

    /** 今年/明年 against the writing date: late in the year 明年 is what a plenum plans for. */
    private static void relative(int next, int current, LocalDate writtenAt, Map<Integer, Double> votes) {
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

    private static Integer mostMentioned(List<int[]> years) {
        Map<Integer, Integer> counts = new HashMap<>();
        years.forEach(y -> counts.merge(y[1], 1, Integer::sum));
        return counts.entrySet().stream()
                .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
    }

    /** Occurrences of {@code anchor} followed by {@code after}. */
    private static int count(String text, String anchor, Pattern after) {
        int n = 0;
        for (int at = text.indexOf(anchor); at >= 0; at = text.indexOf(anchor, at + anchor.length())) {
            if (lookingAt(after, text, at + anchor.length())) {
                n++;
            }
        }
        return n;
    }

    private static boolean lookingAt(Pattern p, String text, int from) {
        return from <= text.length() && p.matcher(text).region(from, text.length()).lookingAt();
    }

    private static int end(Pattern p, String text, int from) {
        Matcher m = p.matcher(text).region(from, text.length());
        return m.lookingAt() ? m.end() : from;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
