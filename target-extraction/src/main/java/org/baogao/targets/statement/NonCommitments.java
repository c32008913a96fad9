package org.baogao.targets.statement;

import org.baogao.targets.clause.Clause;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Numbers a report states that commit nobody to anything, recognized from the words right before them: who attended
 * the session (应到代表586名, 实到551名, 代表名额338名), how long it lasts (会期4天半), how far a past plan got
 * (完成年度任务的72%), what has gone on for years (连续五年突破1000万人次), what there is (我国有13亿人口). They are read before any indicator is
 * looked for, so they never become a target, an achievement or a plan.
 */
public final class NonCommitments {

    /** Attendance of a congress or conference: the lead ends in who attended. */
    private static final Pattern ATTENDANCE = Pattern.compile(
            "(?:应到|实到|应出席|实际出席|出席|列席|缺席|请假|与会|参会|到会|应到会)(?:会议|大会)?的?(?:代表|委员|人员|人数|人)?$"
                    + "|代表名额$|(?:代表|委员)(?:共|总数)?$");

    /** The length of the session itself. */
    private static final Pattern SESSION_LENGTH = Pattern.compile(
            "会期(?:为|共)?$|(?:会议|大会|会)(?:将|还将)?(?:为期|持续|历时|会期)$");
    /** A count of what the text has just listed (上述十项工程, 以上5个方面): the document's own items. */
    private static final Pattern LISTED_ABOVE = Pattern.compile("(?:上述|以上|前述)$");

    /** A share of a past plan done: 完成年度投资计划的105%, 完成任务的72%. */
    private static final Pattern PROGRESS_SHARE = Pattern.compile("完成[^,，;；。]{0,12}(?:计划|任务|目标)的$");

    /** What there is (我国有13亿人口, 还有2000万人, 现有高新技术企业800家): a fact, not a commitment. */
    private static final Pattern HAVING = Pattern.compile("^[\\u4e00-\\u9fff]{0,6}?(?<![没所具实])(?:有|还有|拥有|现有|已有|共有)"
            + "(?![量率效序关力利机限色线偿形益害毒奖意])(?:(?!达|增长|突破|超过|力争|新增|提高|控制|保持|稳定)[\\u4e00-\\u9fff]){0,10}$");

    /** Someone's forecast or estimate, not the government's commitment (该行预测, 估计全年…). */
    private static final Pattern FORECAST = Pattern.compile(
            "预测|预估|估计|估算|料将|测算|有望|(?:人士|市场|机构|外界|业界)(?:普遍)?预期");
    /** What is there now (目前在闽台资企业约8000家) or was already done (去年已建成的12个口袋公园). */
    private static final Pattern PRESENT_STATE = Pattern.compile("^(?:目前|当前|现阶段|现在)|(?:已|已经)[^,，;；]{0,8}的$");
    /** An amount restated in another currency (约新台币7.3兆元, 折合美元). */
    private static final Pattern CONVERSION = Pattern.compile("(?:约合|折合|约新台币|合新台币|约港币|合港币|约美元|合美元|相当于新台币)$");

    /** A run of years up to now: 连续五年突破, 连续3年保持. */
    private static final Pattern STREAK = Pattern.compile("连续第?(?:[一二三四五六七八九十两]|\\d{1,2})年[^,，;；。]{0,6}$");

    /** The 、-list right before a number: 长春、白山 (2 names). */
    private static final Pattern TRAILING_LIST = Pattern.compile("(?:[^、,，;；:：\\s“”]{1,6}、)+[^、,，;；:：\\s“”]{1,6}$");
    /** Verbs of improving what exists (做优做强5个国家先进制造业集群): the count names the existing set, not new work. */
    private static final Pattern UPGRADE_VERB = Pattern.compile("(?:做优做强|做强做优|做大做强|做强|做优|壮大)");
    /** Nouns of an improvement of existing things (4个万亿级产业基地提质升级, 39个欠发达县域托底性帮扶质效). */
    private static final Pattern UPGRADE_NOUN = Pattern.compile("(?:提质升级|提档升级|提质增效|高质量发展|能级|质效)$");

    /**
     * True if a count ({@code value} things named {@code noun}) only enumerates things that exist: it closes a list of
     * as many names (长春、白山2个城市; 人工智能…先进材料等6个重大科技专项; but 建成荆川公园等5条步道 is new work), or it
     * is the object of a verb of improving (做强生物医药等3个…集群).
     */
    static boolean enumeratesExisting(String lead, String noun, double value) {
        String l = lead.strip();
        if (UPGRADE_VERB.matcher(l).find() || noun != null && (UPGRADE_NOUN.matcher(noun).find() || noun.endsWith("之一"))
                || l.contains("包括") && l.indexOf('、') > 0) {
            return true; // 4个省份之一: one of a set; 包括A、B…6个工程: the count of the examples listed
        }
        java.util.regex.Matcher list = TRAILING_LIST.matcher(l.endsWith("等") ? l.substring(0, l.length() - 1) : l);
        return list.find() && list.group().split("、").length == value;
    }

    /** True if the number after {@code lead} (the words since the previous number or the clause start) is such a fact. */
    static boolean precedes(String lead) {
        String l = lead.strip();
        return ATTENDANCE.matcher(l).find() || SESSION_LENGTH.matcher(l).find() || PROGRESS_SHARE.matcher(l).find()
                || STREAK.matcher(l).find() || HAVING.matcher(l).find() || FORECAST.matcher(l).find()
                || PRESENT_STATE.matcher(l).find() || CONVERSION.matcher(l).find() || LISTED_ABOVE.matcher(l).find();
    }

    /**
     * An outside voice giving its view earlier in the sentence (一位经济学者分析，…海口经济有望实现7%左右的增长; 银行的研究部门
     * 预测，…): what follows is their forecast, not the government's commitment.
     */
    private static final Pattern OUTSIDE_OPINION = Pattern.compile(
            "(?:学者|研究员|经济学家|分析师|研究部门|研究院|研究所|智库|专家|券商|评级机构)[^，,。；;]{0,10}?"
                    + "(?:认为|预测|预计|分析|估计|指出|表示|预料|判断)");

    /** Verbs that announce someone's forecast when they end the words before a clause (预料，…). */
    private static final List<String> FORECAST_VERBS = List.of("预料", "预测", "预估", "估计", "料");

    /** Whether the clause's sentence so far ends in a forecast verb and a comma or colon (一名经济学家预料，), read backwards. */
    public static boolean followsForecastVerb(String text, Clause clause) {
        int end = clause.start();
        while (end > clause.sentenceStart() && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end <= clause.sentenceStart() || ",，:：".indexOf(text.charAt(end - 1)) < 0) {
            return false;
        }
        for (String verb : FORECAST_VERBS) {
            int from = end - 1 - verb.length();
            if (from >= clause.sentenceStart() && text.startsWith(verb, from)) {
                return true;
            }
        }
        return false;
    }

    /** Whether an outside voice gave its view in the clause's sentence before it. */
    public static boolean followsOutsideOpinion(String text, Clause clause) {
        return OUTSIDE_OPINION.matcher(text).region(clause.sentenceStart(), clause.start()).find();
    }

    private NonCommitments() {
    }
}
