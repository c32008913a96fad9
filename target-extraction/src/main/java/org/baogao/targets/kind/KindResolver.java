package org.baogao.targets.kind;

import org.baogao.contracts.Target;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a statement is a target of the report's year, an achievement of a past year or a multi-year
 * plan, and the year it applies to. The evidence is weighed in a fixed order, strongest first; the first piece that
 * speaks decides, and {@link Kind#basis()} says which it was:
 * <ol>
 *   <li>{@code span}/{@code horizon}/{@code plan}: a multi-year horizon in the sentence (2021-2025年, 到2030年,
 *       “十四五”期间) makes a plan, or an achievement when it has passed;</li>
 *   <li>{@code part:multiyear}: the sentence is in the report's five-year part (“十五五”时期主要目标);</li>
 *   <li>{@code cue:年均}: a yearly average outside the review is a multi-year goal, with its paragraph's horizon;</li>
 *   <li>{@code year}: the last year the sentence names, against the report's year (earlier: achievement, same:
 *       target, later: plan);</li>
 *   <li>{@code cue:过去五年}/{@code cue:今后五年}: five years back or ahead;</li>
 *   <li>{@code cue}: words of the sentence: achievement words (比上年, 同比, 预计, 截至2月底, 已) against target words
 *       (今年, 目标, 力争, 确保); in the review only a strong target word (今年, 预期目标, 拟) makes a target;</li>
 *   <li>{@code part}: the part of the report (review: achievement; otherwise target).</li>
 * </ol>
 * Asides in brackets (扣除2022年留抵退税因素后) are not read: a year inside them says nothing about the statement.
 * In a text that plans for 明年 (a December conference), 今年 is the year under review.
 */
public final class KindResolver {

    /**
     * Where a statement stands.
     *
     * @param sentence        the sentence from its start to the end of the statement's number
     * @param clause          the statement's clause up to the end of its number
     * @param segment         the statement's own words: its segment of the clause up to the end of its number
     * @param paragraphBefore the paragraph up to the sentence: a horizon stated there (到2025年,…。) governs the
     *                        yearly averages after it
     * @param part            the part of the report the sentence is in
     * @param reportYear      the year the report plans for, or null
     * @param plansNextYear   the text plans for 明年 (a December conference deploying next year's work)
     */
    public record Surroundings(String sentence, String clause, String segment, String paragraphBefore,
                               ReportPart part, Integer reportYear, boolean plansNextYear) {
    }

    private static final Pattern HORIZON = Pattern.compile("(?:到|至|截至|截止|力争到|争取到)(\\d{4})年|(\\d{4})年(?:前|底前|以前)");
    private static final Pattern SPAN = Pattern.compile("(\\d{4})\\s*(?:-|—|–|~|至|到)\\s*(\\d{4})年");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4}|[一二〇○零九八七六五四三]{4})(?:年|(?=[:：]))");
    private static final Pattern THIS_YEAR = Pattern.compile("今年");
    /** 年均增长 over several years; not 年均浓度, an annual mean. */
    private static final Pattern YEARLY_AVERAGE = Pattern.compile("年均(?!浓度|值)");
    /** Five years ahead: 今后五年, 五年内, 五年新增 (a total over the term). */
    private static final Pattern FIVE_YEARS = Pattern.compile(
            "(?:今后|未来)(?:[二三四五两]|\\d)年|(?<![过去])(?:[二三四五两]|\\d)年内|(?<![过去来])五年(?:新增|累计|共|平均|间)"
                    + "|今明两年|用(?:[二三四五两]|\\d)年(?:时间|左右)");
    private static final Pattern PAST_FIVE = Pattern.compile("过去五年|五年来|过去的五年");
    /** 今年 as the plan, not as the months of it gone by (今年以来, 今年上半年, 今年1-5月). */
    private static final String THIS_YEAR_PLAN = "今年(?!以来|上半年|前三季度|一季度|前[两二三四五六七八九十]个月|\\d{1,2}月|[一二三四五六七八九十]{1,2}月)";
    static final CueWords TARGET_CUES = new CueWords("今预主力确争目计拟明全要",
            THIS_YEAR_PLAN + "|预期目标|主要目标|力争|确保|争取|目标|计划|拟|预期|明年|全年要|要实现");
    static final CueWords STRONG_TARGET = new CueWords("今预拟明", THIS_YEAR_PLAN + "|预期目标|拟|明年");
    /**
     * Words of results: an estimate (not 比1980年预计, the base of a comparison, nor 2023年预计, whose year decides),
     * a running total to a date of this year (截至2月25日累计), the months so far
     * (1-2月, 一季度), a streak (连续第三年), a completed action.
     */
    static final CueWords RESULT_CUES = new CueWords("过一去上预已创首增提下截连开建完实新达突设推出取培引1前今",
            "过去一年|过去的一年|一年来|(?<![比较按])去年|(?<![比较按])上年|(?<!\\d年)(?<![〇一二三四五六七八九○零]年)预计|已经|已"
                    + "|创历史|首次|增长了|提高了|下降了"
                    + "|截至(?:目前|当前|\\d{1,2}月)|截止(?:目前|当前|\\d{1,2}月)|连续第?[一二三四五六七八九十两\\d]{1,2}年"
                    + "|(?:开放|建成|完成|实现|新增|达到|突破|建立|设立|推出|出台|取得|培育|引进)了"
                    + "|(?:1|一)\\s*[-—~至到]\\s*(?:\\d{1,2}|[二三四五六七八九十]{1,2})月|前[两二三四五六七八九十]个月|一季度|上半年|前三季度|今年以来");
    /**
     * A comparison with last year (比上年, 同比): the wording of results in a review or a news summary, but of
     * targets in a plan (PM2.5浓度比上年下降6%), so it counts only outside the plan.
     */
    static final CueWords COMPARISON_CUES = new CueWords("比较同", "比上年|较上年|比去年|较去年|同比");
    /** Asides in brackets: (扣除2022年留抵退税因素后), （不含2021年一次性收入）. */
    private static final Pattern ASIDE = Pattern.compile("\\([^()]*\\)|（[^（）]*）");

    /** Kind and year of the statement. */
    public Kind resolve(Surroundings at) {
        String sentence = read(at.sentence(), at.plansNextYear());
        String clause = read(at.clause(), at.plansNextYear());
        String segment = read(at.segment(), at.plansNextYear());
        Integer reportYear = at.reportYear();
        ReportPart part = at.part();
        return multiYear(sentence, part, reportYear)
                .or(() -> yearlyAverage(sentence, at.paragraphBefore(), part, reportYear))
                .or(() -> explicitYear(governingYear(sentence, clause), reportYear, sentence))
                .or(() -> byClauseCues(segment, part, reportYear))
                // a clause of one segment was just read as its segment
                .or(() -> clause.equals(segment) ? Optional.empty() : byClauseCues(clause, part, reportYear))
                .orElseGet(() -> byCues(sentence, part, reportYear));
    }

    /**
     * Where a value starts from (赤字率从去年的2.1%提高到2.3%, 由上年18亿元增加到95亿元): last year's figure as the base of
     * this year's, whose cue words say nothing about the statement.
     */
    private static final Pattern STARTING_POINT = Pattern.compile(
            "(?:从|由)[^，,；;。]{0,24}?(?=(?:提高|增加|降低|下降|扩大|缩小|调整|上升|提升|减少)?(?:到|至))");

    /** Without asides and starting points; in a text that plans for 明年, 今年 read as the reviewed year. */
    private static String read(String words, boolean plansNextYear) {
        String withoutAsides = words.indexOf('(') >= 0 || words.indexOf('（') >= 0
                ? ASIDE.matcher(words).replaceAll("") : words;
        if (withoutAsides.indexOf('从') >= 0 || withoutAsides.indexOf('由') >= 0) {
            withoutAsides = STARTING_POINT.matcher(withoutAsides).replaceAll("");
        }
        return plansNextYear ? THIS_YEAR.matcher(withoutAsides).replaceAll("去年") : withoutAsides;
    }

    /** Who is speaking, before what they say (自治区发展改革委主任马志刚：). */
    private static final Pattern SPEAKER = Pattern.compile("^[^，,。：:；;]{2,24}[：:]");

    /** How far into a sentence a year still frames all of it (2023年，…; 全市2023年…). */
    private static final int OPENING = 12;

    /**
     * The year that governs a statement: the last one its own clause names, else one the sentence opens with. A
     * year named in another clause of the sentence (科技型企业数量较2022年翻一番，研发经费投入强度提高到2.6%)
     * does not reach this one.
     */
    private static Integer governingYear(String sentence, String clause) {
        Integer own = lastYear(clause);
        if (own != null) {
            return own;
        }
        String before = sentence.substring(0, Math.max(0, sentence.length() - clause.length()));
        Matcher speaker = SPEAKER.matcher(before);
        int from = speaker.lookingAt() ? speaker.end() : 0; // 主任马志刚：2024年，…
        return lastYear(before.substring(from, Math.min(before.length(), from + OPENING)));
    }

    /** The clause's own cue words decide when they point one way only (…，去年实际成长5.2%). */
    private static Optional<Kind> byClauseCues(String clause, ReportPart part, Integer reportYear) {
        Matcher target = TARGET_CUES.matcher(clause);
        Matcher result = RESULT_CUES.matcher(clause);
        boolean targetCue = target.find();
        boolean resultCue = result.find();
        if (resultCue && !targetCue) {
            Integer explicit = lastYear(clause);
            return Optional.of(new Kind(Target.ACHIEVEMENT, explicit != null ? explicit : minus(reportYear, 1), null,
                    "cue:" + result.group()));
        }
        if (targetCue && !resultCue && part.mode() != ReportPart.Mode.REVIEW) {
            return Optional.of(new Kind(Target.TARGET, reportYear, null, "cue:" + target.group()));
        }
        return Optional.empty();
    }

    private Optional<Kind> yearlyAverage(String sentence, String paragraphBefore, ReportPart part, Integer reportYear) {
        if (!YEARLY_AVERAGE.matcher(sentence).find() || part.mode() == ReportPart.Mode.REVIEW
                || RESULT_CUES.matcher(sentence).find() || COMPARISON_CUES.matcher(sentence).find()) {
            return Optional.empty();
        }
        Optional<Kind> earlier = paragraphBefore.isEmpty() ? Optional.empty()
                : multiYear(ASIDE.matcher(paragraphBefore).replaceAll(""), part, reportYear)
                        .filter(k -> k.kind().equals(Target.PLAN));
        return Optional.of(earlier.orElse(new Kind(Target.PLAN, null, null, "cue:年均")));
    }

    /** The report's own year with an estimate (一九八二年预计…): a report written at its year's end reviews it. */
    private static final Pattern ESTIMATED_YEAR = Pattern.compile("(?<![比较])(\\d{4}|[一二〇○零九八七六五四三]{4})年预计");

    private static Optional<Kind> explicitYear(Integer explicit, Integer reportYear, String sentence) {
        if (explicit == null || reportYear == null) {
            return Optional.empty();
        }
        String basis = "year:" + explicit;
        Matcher estimated = ESTIMATED_YEAR.matcher(sentence);
        if (explicit.equals(reportYear) && estimated.find() && yearValue(estimated.group(1)) == reportYear) {
            return Optional.of(new Kind(Target.ACHIEVEMENT, explicit, null, "cue:预计"));
        }
        if (explicit < reportYear) {
            return Optional.of(new Kind(Target.ACHIEVEMENT, explicit, null, basis));
        }
        if (explicit.equals(reportYear)) {
            return Optional.of(new Kind(Target.TARGET, reportYear, null, basis));
        }
        return Optional.of(new Kind(Target.PLAN, explicit, null, basis));
    }

    private static Kind byCues(String sentence, ReportPart part, Integer reportYear) {
        Integer explicit = lastYear(sentence);
        Matcher target = TARGET_CUES.matcher(sentence);
        Matcher achievement = RESULT_CUES.matcher(sentence);
        boolean targetCue = target.find();
        boolean achievementCue = achievement.find();
        if (!achievementCue && part.mode() != ReportPart.Mode.PLAN && part.mode() != ReportPart.Mode.MULTIYEAR) {
            achievement = COMPARISON_CUES.matcher(sentence);
            achievementCue = achievement.find();
        }
        boolean review = part.mode() == ReportPart.Mode.REVIEW;
        if (review) {
            Matcher strong = STRONG_TARGET.matcher(sentence);
            if (strong.find()) {
                return new Kind(Target.TARGET, reportYear != null ? reportYear : explicit, null, "cue:" + strong.group());
            }
            return new Kind(Target.ACHIEVEMENT, explicit != null ? explicit : minus(reportYear, 1), null, "part:review");
        }
        if (achievementCue && !targetCue) {
            return new Kind(Target.ACHIEVEMENT, explicit != null ? explicit : minus(reportYear, 1), null,
                    "cue:" + achievement.group());
        }
        String basis = targetCue ? "cue:" + target.group() : "part:" + part.mode().name().toLowerCase();
        return new Kind(Target.TARGET, reportYear != null ? reportYear : explicit, null, basis);
    }

    private Optional<Kind> multiYear(String context, ReportPart part, Integer reportYear) {
        boolean namesYear = hasFourDigits(context); // a span or horizon names a year in digits
        boolean namesFive = context.indexOf('五') >= 0; // a five-year plan (十四五) or 过去五年
        Matcher span = SPAN.matcher(context);
        if (namesYear && span.find()) {
            int from = Integer.parseInt(span.group(1));
            int to = Integer.parseInt(span.group(2));
            if (to > from && to - from <= 15) {
                boolean past = reportYear != null && to < reportYear;
                return Optional.of(new Kind(past ? Target.ACHIEVEMENT : Target.PLAN, to, from + "-" + to,
                        "span:" + from + "-" + to));
            }
        }
        Matcher h = HORIZON.matcher(context);
        while (namesYear && h.find()) {
            int year = Integer.parseInt(h.group(1) != null ? h.group(1) : h.group(2));
            if (reportYear == null || year > reportYear) {
                return Optional.of(new Kind(Target.PLAN, year, null, "horizon:" + year));
            }
        }
        if (part.mode() == ReportPart.Mode.MULTIYEAR && !(namesFive && PAST_FIVE.matcher(context).find())
                && !pastPlanOnly(context, reportYear)) {
            Integer end = part.horizonYear();
            return Optional.of(new Kind(Target.PLAN, end, end == null ? null : (end - 4) + "-" + end, "part:multiyear"));
        }
        Matcher plan = FivePlans.PERIOD.matcher(context);
        while (namesFive && plan.find()) {
            Integer end = FivePlans.endYear(plan);
            if (end == null) {
                continue;
            }
            String period = (end - 4) + "-" + end;
            if (reportYear != null && end < reportYear) {
                return Optional.of(new Kind(Target.ACHIEVEMENT, end, period, "plan:" + plan.group(1)));
            }
            // in a review, “十四五”规划重大项目 names the plan; it does not make last year's result a goal
            if (!plan.group().contains("以来") && part.mode() != ReportPart.Mode.REVIEW) {
                return Optional.of(new Kind(Target.PLAN, end, period, "plan:" + plan.group(1)));
            }
        }
        Matcher pastFive = PAST_FIVE.matcher(context);
        if (reportYear != null && namesFive && pastFive.find()) {
            return Optional.of(new Kind(Target.ACHIEVEMENT, reportYear - 1, (reportYear - 5) + "-" + (reportYear - 1),
                    "cue:" + pastFive.group()));
        }
        Matcher ahead = FIVE_YEARS.matcher(context);
        if (ahead.find() && part.mode() != ReportPart.Mode.REVIEW) {
            int years = yearsIn(ahead.group());
            return Optional.of(new Kind(Target.PLAN, plus(reportYear, years - 1),
                    reportYear == null ? null : reportYear + "-" + (reportYear + years - 1), "cue:" + ahead.group()));
        }
        return Optional.empty();
    }

    /** Whether four ASCII digits stand in a row somewhere in {@code s} (a year such as 2025). */
    private static boolean hasFourDigits(String s) {
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            run = c >= '0' && c <= '9' ? run + 1 : 0;
            if (run == 4) {
                return true;
            }
        }
        return false;
    }

    /** How many years 今后三年, 5年内, 五年新增 speak of. */
    private static int yearsIn(String phrase) {
        for (char c : phrase.toCharArray()) {
            int chinese = "一二三四五六七八九".indexOf(c);
            if (chinese >= 0) {
                return chinese + 1;
            }
            if (c == '两') {
                return 2;
            }
            if (c >= '1' && c <= '9') {
                return c - '0';
            }
        }
        return 5;
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

    /** The last year (1949-2100) the context names, or null. */
    private static Integer lastYear(String context) {
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

    private static Integer minus(Integer y, int d) {
        return y == null ? null : y - d;
    }

    private static Integer plus(Integer y, int d) {
        return y == null ? null : y + d;
    }
}
