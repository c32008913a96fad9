package org.baogao.targets.statement;

import java.util.regex.Pattern;

/**
 * Numbers a report states that commit nobody to anything, recognized from the words right before them: who attended
 * the session (应到代表586名, 实到551名, 代表名额338名), how long it lasts (会期4天半), how far a past plan got
 * (完成年度任务的72%), what has gone on for years (连续五年突破1000万人次). They are read before any indicator is
 * looked for, so they never become a target, an achievement or a plan.
 */
final class NonCommitments {

    /** Attendance of a congress or conference: the lead ends in who attended. */
    private static final Pattern ATTENDANCE = Pattern.compile(
            "(?:应到|实到|应出席|实际出席|出席|列席|缺席|请假|与会|参会|到会|应到会)(?:会议|大会)?的?(?:代表|委员|人员|人数|人)?$"
                    + "|代表名额$|(?:代表|委员)(?:共|总数)?$");

    /** The length of the session itself. */
    private static final Pattern SESSION_LENGTH = Pattern.compile("会期(?:为|共)?$");

    /** A share of a past plan done: 完成年度投资计划的105%, 完成任务的72%. */
    private static final Pattern PROGRESS_SHARE = Pattern.compile("完成[^,，;；。]{0,12}(?:计划|任务|目标)的$");

    /** A run of years up to now: 连续五年突破, 连续3年保持. */
    private static final Pattern STREAK = Pattern.compile("连续第?(?:[一二三四五六七八九十两]|\\d{1,2})年[^,，;；。]{0,6}$");

    /** True if the number after {@code lead} (the words since the previous number or the clause start) is such a fact. */
    static boolean precedes(String lead) {
        String l = lead.strip();
        return ATTENDANCE.matcher(l).find() || SESSION_LENGTH.matcher(l).find() || PROGRESS_SHARE.matcher(l).find()
                || STREAK.matcher(l).find();
    }

    private NonCommitments() {
    }
}
