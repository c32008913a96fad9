package org.baogao.analysis.doctype;

import java.util.regex.Matcher;
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

    private static final Pattern TITLE_GWR = Pattern.compile("政府工作报告");
    private static final Pattern TITLE_KEY_TASKS = Pattern.compile("重点工作|重点任务|任务分解|责任分工|工作要点|分工方案");
    private static final Pattern TITLE_PLENUM = Pattern.compile("全会|全体会议|全体\\s*[(（]扩大[)）]\\s*会议|扩大会议|工作会议");

    /** A plenum the text reports on, not one it merely cites (落实…全会精神). */
    private static final Pattern PLENUM = Pattern.compile(
            "(?:届|次)\\s*(?:全会|全体\\s*(?:[(（]扩大[)）])?\\s*会议|(?:党委|区委|市委|县委|省委)?扩大会议)(?!精神|决策|部署要求)");
    private static final Pattern PLENUM_REPORTING = Pattern.compile("召开|举行|闭幕|开幕|强调|指出|明确|部署|审议|会议期间|全会上|会议上");
    private static final Pattern GWR_BODY = Pattern.compile(
            "各位代表|报告政府工作|政府工作报告|今年政府工作|政府工作的总体(?:思路|要求)|提请(?:大会|市|区|县)?.{0,6}审议");
    private static final Pattern KEY_TASK_BODY = Pattern.compile("责任单位|牵头单位|任务分解|责任分工");
    private static final Pattern NEWS_BODY = Pattern.compile("本报讯|日报讯|记者|通讯员|本报评论员|新华社|电\\s*[(（]记者|融媒");

    public String classify(String title, String text) {
        String t = title == null ? "" : title;
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
        int gwr = count(GWR_BODY, text);
        int keyTasks = count(KEY_TASK_BODY, text);
        int news = count(NEWS_BODY, text);
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

    /** Plenum mentions with reporting verbs nearby (召开, 强调, 会议期间). */
    private static int reportedPlenums(String text) {
        Matcher m = PLENUM.matcher(text);
        int n = 0;
        while (m.find()) {
            int from = Math.max(0, m.start() - 20);
            int to = Math.min(text.length(), m.end() + 12);
            if (PLENUM_REPORTING.matcher(text.substring(from, to)).find()) {
                n++;
            }
        }
        return n;
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
