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
 * The year a report plans for. Each piece of evidence votes for a year with the weight of its kind
 * ({@link Evidence}, where every weight is written once with what it stands for) and the heaviest year wins:
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
            "年(?:的|是)?(?:政府|全市|全区|全县|全省)?(?:主要|重点)?(?:工作(?!回顾|总结|情况)|目标任务|主要任务|主要预期目标|预期目标|[\\p{IsHan}]{0,6}?(?:国民)?经济(?:和)?社会发展的?(?:主要)?(?:预期)?目标|重点任务)");
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
    private static final Pattern ANNIVERSARY = Pattern.compile("(新中国|中华人民共和国|中国共产党|建党|党)(?:成立)?(\\d{1,3})$");
    /** 今年/明年 earlier in the same clause as an anniversary: 明年是中华人民共和国成立75周年. */
    private static final Pattern ANNIVERSARY_YEAR = Pattern.compile("(今年|明年)[^。；;,，]*$");
    private static final Pattern FIVE_YEAR_PLAN = Pattern.compile(
            "十([一二三四五六])五[”’\"']?(?:规划)?(?:的)?(开局之年|开局起步|开好局|起好步|起步之年|收官之年|圆满收官|决胜之年|最后一年)");
    private static final Pattern NEXT_YEAR_PLAN = Pattern.compile("(?:工作|要|是|将|的|经济|全市|全区|全县|全省|重点|目标|力争)");
    private static final Pattern THIS_YEAR_PLAN = Pattern.compile("(?:政府工作|工作|要|是|将|的|经济社会发展|全市|全区|全县|全省|重点|目标|主要预期目标|力争)");
    private static final Pattern PARTY_CONGRESS = Pattern.compile(
            "党的((?:二十|十)[一二三四五六七八九]?)(?:次全国代表)?大(?:会)?(精神的开局之年|胜利召开|召开)");
    private static final String CHINESE_DIGITS = "〇一二三四五六七八九";

    /**
     * The kinds of evidence and what each weighs. A year's score is the sum of its votes; the heaviest year wins,
     * except that a year one later with at least {@link #CLOSE_CALL} of the best score wins instead (a report reviews
     * last year before it plans this one, so the later of two close years is the planned one).
     */
    enum Evidence {
        /** The year the operator gave at ingest: trusted over anything the text says. */
        OPERATOR_HINT(20),
        /** A year in the title (2021年政府工作报告, 2021年市政府重点工作). */
        TITLE(8),
        /** The national reports' own words for their plan year (对2023年政府工作的建议, 2023年政府工作的总体要求). */
        PROPOSAL(6),
        /** A plan phrase after a year (2022年主要预期目标, 2021年重点工作), unless it says it is done (圆满完成), or a year the
         * report sets out (报告提出，2026年…). */
        PLAN_PHRASE(3),
        /** What a year is to be (2006年是实施“十一五”规划的第一年), unless that year is also reviewed. */
        YEAR_TO_BE(3),
        /** 今年/明年 read against the date the text was written (plus one per mention, up to three more). */
        RELATIVE_TO_DATE(3),
        /** A look back at a year that was (2020年工作回顾, 即将过去的2020年, 2008年是极不平凡的一年): the year after. */
        LOOK_BACK(2),
        /** Anniversaries, party congresses and five-year-plan openings or closings (十四五开局之年 → 2021). */
        MILESTONE(2),
        /** A dated text without 今年/明年: early in the year it plans that year, from November the next. */
        DATE_ONLY(1);

        final double weight;

        Evidence(double weight) {
            this.weight = weight;
        }
    }

    /** One piece of evidence for one year, with the weight it carries (some kinds scale theirs). */
    record Vote(Evidence evidence, int year, double weight) {
        Vote(Evidence evidence, int year) {
            this(evidence, year, evidence.weight);
        }
    }

    private static final double CLOSE_CALL = 0.6;

    /**
     * @param text      report text
     * @param title     title as stated by the source or the first headline (may be empty)
     * @param writtenAt when the text was written, if known
     * @param yearHint  operator's year hint, or null
     */
    public Integer resolve(String text, String title, LocalDate writtenAt, Integer yearHint) {
        return decide(votes(text, title, writtenAt, yearHint), text);
    }

    /** Every piece of evidence the text, its title, its date and the operator give, as votes for years. */
    List<Vote> votes(String text, String title, LocalDate writtenAt, Integer yearHint) {
        List<Vote> votes = new ArrayList<>();
        if (yearHint != null) {
            votes.add(new Vote(Evidence.OPERATOR_HINT, yearHint));
        }
        if (title != null) {
            List<int[]> titleYears = years(arabicYears(title));
            if (!titleYears.isEmpty()) {
                votes.add(new Vote(Evidence.TITLE, titleYears.get(0)[1]));
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
                votes.add(new Vote(Evidence.PLAN_PHRASE, year));
            }
            if (lookingAt(YEAR_TO_BE, body, after) && !isHorizon(body, y[0])) {
                toBe.add(year);
            }
            if (lookingAt(YEAR_THAT_WAS, body, after)) {
                votes.add(new Vote(Evidence.LOOK_BACK, year + 1));
                reviewed.add(year);
            }
            if (lookingAt(PROPOSAL, body, after)) {
                votes.add(new Vote(Evidence.PROPOSAL, year));
            }
            if (setOut(body, y[0]) && !isHorizon(body, y[0])) {
                votes.add(new Vote(Evidence.PLAN_PHRASE, year)); // 报告提出，2026年甘肃地区生产总值预期增长5.5%左右
            }
            if (lookingAt(REVIEW_AFTER, body, after) || body.startsWith("过去的", y[0] - 3)) {
                votes.add(new Vote(Evidence.LOOK_BACK, year + 1));
                reviewed.add(year);
            }
        }
        // "1991年是…“八五”计划的第一年" under a heading 1991年工作的回顾 describes the year reviewed.
        toBe.stream().filter(year -> !reviewed.contains(year)).forEach(year -> votes.add(new Vote(Evidence.YEAR_TO_BE, year)));
        anniversaries(body, votes);
        partyCongresses(body, votes);
        fiveYearPlans(body, votes);
        int next = count(body, "明年", NEXT_YEAR_PLAN);
        int current = count(body, "今年", THIS_YEAR_PLAN);
        if (writtenAt != null) {
            relative(next, current, writtenAt, votes);
        } else if ((current > 0 || votes.isEmpty()) && !namesItsYear(votes)) {
            // Undated, planning 今年 and naming no plan year: 今年 is the year after the one it reports results for.
            // A fallback only: a plan phrase or a title that names the year says more.
            Integer reported = latestReportedYear(body, years);
            if (reported != null) {
                votes.add(new Vote(Evidence.LOOK_BACK, reported + 1));
            }
        }
        return votes;
    }

    /** Results of a year: 2023年全市地区生产总值达到…, 增长…, 比上年…, in the same sentence as the year. */
    private static final Pattern RESULT_AFTER = Pattern.compile(
            "(?:(?!目标|预期|计划|力争|确保|将|要)[^。；;\\n]){0,60}?(?:比上年|同比|增长|达到|实现|完成|突破|下降)");

    /** The latest year the text reports results for (not a horizon such as 到2025年), or null. */
    private static Integer latestReportedYear(String body, List<int[]> years) {
        Integer latest = null;
        for (int[] y : years) {
            if (!isHorizon(body, y[0]) && !setOut(body, y[0]) && lookingAt(RESULT_AFTER, body, y[0] + 5)
                    && (latest == null || y[1] > latest)) {
                latest = y[1];
            }
        }
        return latest;
    }

    /** Words that set out what follows (报告提出，2026年…增长8%): a year after them is planned, not reported. */
    private static final Pattern SETS_OUT = Pattern.compile("(?:提出|明确|部署|要求|目标是|目标为)[,，:：]?$");

    private static boolean setOut(String body, int yearStart) {
        return SETS_OUT.matcher(body.substring(Math.max(0, yearStart - 6), yearStart)).find();
    }

    private static boolean namesItsYear(List<Vote> votes) {
        return votes.stream().anyMatch(v -> v.evidence() == Evidence.PLAN_PHRASE || v.evidence() == Evidence.PROPOSAL
                || v.evidence() == Evidence.TITLE || v.evidence() == Evidence.YEAR_TO_BE);
    }

    /** The heaviest year, or a close year one later; with no evidence at all, the most mentioned year. */
    private static Integer decide(List<Vote> votes, String text) {
        if (votes.isEmpty()) {
            return mostMentioned(years(arabicYears(text)));
        }
        Map<Integer, Double> score = new HashMap<>();
        votes.forEach(v -> score.merge(v.year(), v.weight(), Double::sum));
        double best = score.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        int bestYear = score.entrySet().stream().filter(e -> e.getValue() == best)
                .mapToInt(Map.Entry::getKey).max().orElseThrow();
        return score.entrySet().stream()
                .filter(e -> e.getValue() >= CLOSE_CALL * best && e.getKey() == bestYear + 1)
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
    private static void anniversaries(String text, List<Vote> votes) {
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
            votes.add(new Vote(Evidence.MILESTONE, founded + years,
                    dated ? Evidence.MILESTONE.weight + 1 : Evidence.MILESTONE.weight / 2));
        }
    }

    /**
     * Party congresses meet every five years (十二大 1982 … 二十大 2022): a text that 迎接s one plans for its
     * year; 贯彻…二十大精神的开局之年 is the year after. 建党百年/党的百年华诞 is 2021.
     */
    private static void partyCongresses(String text, List<Vote> votes) {
        Matcher m = PARTY_CONGRESS.matcher(text);
        for (int at = text.indexOf("党的"); at >= 0; at = text.indexOf("党的", at + 2)) {
            m.region(at, Math.min(text.length(), at + 20));
            if (m.lookingAt()) {
                String n = m.group(1);
                int ordinal = n.startsWith("二十") ? 20 + digit(n.substring(2)) : 10 + digit(n.substring(1));
                int year = 1982 + 5 * (ordinal - 12);
                if (m.group(2).contains("开局")) {
                    votes.add(new Vote(Evidence.MILESTONE, year + 1));
                } else if (text.substring(Math.max(0, at - 10), at).contains("迎接")) {
                    votes.add(new Vote(Evidence.MILESTONE, year));
                }
            }
        }
        for (String centenary : List.of("建党百年", "党的百年华诞")) {
            for (int at = text.indexOf(centenary); at >= 0; at = text.indexOf(centenary, at + 1)) {
                boolean ahead = text.substring(Math.max(0, at - 10), at).contains("迎接");
                votes.add(new Vote(Evidence.MILESTONE, 2021,
                        ahead ? Evidence.MILESTONE.weight : Evidence.MILESTONE.weight / 2));
            }
        }
    }

    private static int digit(String s) {
        return s.isEmpty() ? 0 : "一二三四五六七八九".indexOf(s.charAt(0)) + 1;
    }

    private static void fiveYearPlans(String text, List<Vote> votes) {
        Matcher m = FIVE_YEAR_PLAN.matcher(text);
        for (int at = text.indexOf('十'); at >= 0; at = text.indexOf('十', at + 1)) {
            m.region(at, Math.min(text.length(), at + 16));
            if (m.lookingAt()) {
                int first = 2006 + "一二三四五六".indexOf(m.group(1).charAt(0)) * 5; // 十一五 began in 2006
                String phase = m.group(2);
                boolean start = phase.contains("开局") || phase.contains("起");
                votes.add(new Vote(Evidence.MILESTONE, start ? first : first + 4));
            }
        }
    }

    /** 今年/明年 against the writing date: late in the year 明年 is what a plenum plans for. */
    private static void relative(int next, int current, LocalDate writtenAt, List<Vote> votes) {
        if (next > 0 && (writtenAt.getMonthValue() >= 9 || next >= current)) {
            votes.add(new Vote(Evidence.RELATIVE_TO_DATE, writtenAt.getYear() + 1,
                    Evidence.RELATIVE_TO_DATE.weight + Math.min(next, 3)));
        } else if (current > 0) {
            votes.add(new Vote(Evidence.RELATIVE_TO_DATE, writtenAt.getYear(),
                    Evidence.RELATIVE_TO_DATE.weight + Math.min(current, 3)));
        } else {
            // A dated text without 今年/明年: late-year texts look ahead, early-year texts plan the year they are in.
            votes.add(new Vote(Evidence.DATE_ONLY,
                    writtenAt.getMonthValue() >= 11 ? writtenAt.getYear() + 1 : writtenAt.getYear()));
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
