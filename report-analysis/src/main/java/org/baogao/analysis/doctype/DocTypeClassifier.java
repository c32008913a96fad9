package org.baogao.analysis.doctype;

import org.baogao.analysis.terms.PhraseSet;
import org.baogao.analysis.terms.PhraseTally;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What kind of document a report is, by evidence: what its title calls it first, then what its body
 * does. A newspaper page about a plenum is a {@link #PLENARY_SESSION} (what it is about), not news;
 * {@link #NEWS} is for reporting that is about nothing more specific.
 */
public final class DocTypeClassifier {
    public static final String GOVERNMENT_WORK_REPORT = "government_work_report";
    public static final String PLENARY_SESSION = "plenary_session";
    public static final String KEY_TASKS = "key_tasks";
    public static final String NEWS = "news";
    public static final String OTHER = "other";
    /** A congress's resolution approving a report (关于政府工作报告的决议): about the report, not the report. */
    public static final String RESOLUTION = "resolution";

    private static final Pattern TITLE_GWR = Pattern.compile("政府工作报告");
    /** How a resolution opens: its title (关于…的决议) or its first sentence (会议听取和审议了…政府工作报告). */
    private static final Pattern RESOLUTION_OPENING = Pattern.compile("关于[^。\\n]{0,30}的决议|听取和审议了[^。]{0,40}政府工作报告");
    private static final int OPENING_CHARS = 300;
    private static final Pattern TITLE_KEY_TASKS = Pattern.compile("重点工作|重点任务|任务分解|责任分工|工作要点|分工方案");
    private static final Pattern TITLE_PLENUM = Pattern.compile("全会|全体会议|全体\\s*[(（]扩大[)）]\\s*会议|扩大会议|工作会议");

    /** A plenum the text reports on (届/次 just before it), not one it merely cites (落实…全会精神). */
    private static final PhraseSet PLENUM = PhraseSet.of("全会", "全体会议", "全体(扩大)会议", "全体 (扩大)会议",
            "全体（扩大）会议", "扩大会议");
    private static final Pattern PLENUM_AFTER = Pattern.compile("精神|决策|部署要求");
    private static final Pattern PLENUM_REPORTING = Pattern.compile("召开|举行|闭幕|开幕|强调|指出|明确|部署|审议|会议期间|全会上|会议上");
    /** What the body says: a work report (各位代表…), a task breakdown (责任单位…), news (本报讯…): one pass. */
    private static final PhraseTally BODY = new PhraseTally(List.of(
            List.of("各位代表", "报告政府工作", "政府工作报告", "今年政府工作", "政府工作的总体思路", "政府工作的总体要求",
                    "请予审议", "提请大会审议"),
            List.of("责任单位", "牵头单位", "任务分解", "责任分工"),
            List.of("本报讯", "日报讯", "记者", "通讯员", "本报评论员", "新华社", "融媒")));

    public String classify(String title, String text) {
        String t = title == null ? "" : title;
        if (RESOLUTION_OPENING.matcher(t).find()
                || RESOLUTION_OPENING.matcher(text).region(0, Math.min(text.length(), OPENING_CHARS)).find()) {
            return RESOLUTION;
        }
        // "政府工作报告重点任务分解" is the breakdown of a report, not the report: key tasks first.
        if (TITLE_KEY_TASKS.matcher(t).find()) {
            return KEY_TASKS;
        }
        if (TITLE_GWR.matcher(t).find()) {
            return GOVERNMENT_WORK_REPORT;
        }
        if (TITLE_PLENUM.matcher(t).find()) {
            return PLENARY_SESSION;
        }
        int plenum = reportedPlenums(text);
        int[] body = BODY.count(text);
        int gwr = body[0];
        int keyTasks = body[1];
        int news = body[2];
        if (keyTasks >= 3 && keyTasks > gwr) {
            return KEY_TASKS;
        }
        if (plenum >= 1 && plenum * 2 >= gwr) {
            return PLENARY_SESSION;
        }
        if (gwr >= 2 || (gwr >= 1 && news == 0)) {
            return GOVERNMENT_WORK_REPORT;
        }
        if (news >= 1) {
            return NEWS;
        }
        return OTHER;
    }

    /** Numbered plenums (十次全会, 二次全体会议) with reporting verbs nearby (召开, 强调, 会议期间). */
    private static int reportedPlenums(String text) {
        int[] n = {0};
        int[] lastEnd = {-1};
        PLENUM.forEach(text, (begin, end, phrase) -> {
            if (begin < lastEnd[0] || !numbered(text, begin)) {
                return;
            }
            lastEnd[0] = end;
            if (PLENUM_AFTER.matcher(text).region(end, Math.min(text.length(), end + 6)).lookingAt()) {
                return;
            }
            int from = Math.max(0, begin - 20);
            int to = Math.min(text.length(), end + 12);
            if (PLENUM_REPORTING.matcher(text).region(from, to).find()) {
                n[0]++;
            }
        });
        return n[0];
    }

    /** 届/次 right before (十二届十次全会, 二次全体 (扩大)会议). */
    private static boolean numbered(String text, int begin) {
        for (int i = begin - 1; i >= Math.max(0, begin - 2); i--) {
            char c = text.charAt(i);
            if (c == '届' || c == '次') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return false;
    }
}
