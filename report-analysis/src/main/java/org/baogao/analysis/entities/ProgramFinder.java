package org.baogao.analysis.entities;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Named campaigns and plans: a quoted name with its kind after it (“十百千”行动 → 十百千行动, “龙城英才”计划),
 * a quoted name that carries its kind (“龙城英才计划”, “倍增行动”), a quoted name a verb puts into action
 * (深化“揭榜挂帅”), and plans cited by their document title (《工业智造明星城建设三年行动计划》).
 * Names are kept without their quotation marks.
 */
final class ProgramFinder {
    private static final String KINDS = "三年行动计划|行动计划|三年行动|专项行动|专项计划|专项|行动|计划|工程|战略|活动|攻坚战|示范工程|改革|攻坚年|品牌创建";
    /** A quoted name and, within a few words, its kind: “十百千”行动, “415X”先进制造业集群培育工程. */
    private static final Pattern QUOTED = Pattern.compile(
            "“([^”“\\n。，,；;]{2,16})”\\s*(?:([\\p{IsHan}A-Za-z0-9]{0,12}?)(" + KINDS + "))?");
    private static final Pattern CARRIES_KIND = Pattern.compile(".*(?:" + KINDS + ")$");
    private static final Pattern PUT_INTO_ACTION = Pattern.compile("(?:实施|开展|启动|推进|深化|推行|落实|打响|深入实施|深入开展)(?:新一轮|好|了)?$");
    private static final Pattern DOCUMENT = Pattern.compile("《([^》\\n]{4,40}?(?:计划|规划|方案|行动|工程|纲要))》");

    /** True if the quoted name is not a modifier of the noun after it (推进“两湖”创新区 names a district). */
    private static boolean standsAlone(String text, int end) {
        return end >= text.length() || "，,。；;、)）\n等".indexOf(text.charAt(end)) >= 0;
    }

    void find(String text, Mentions programs) {
        Matcher m = QUOTED.matcher(text);
        while (m.find()) {
            String inner = m.group(1).strip();
            String kind = m.group(3);
            if (kind != null) {
                programs.add(inner + m.group(2) + kind, m.start(1));
            } else if (CARRIES_KIND.matcher(inner).matches() && inner.length() >= 4) {
                programs.add(inner, m.start(1));
            } else if (PUT_INTO_ACTION.matcher(text.substring(Math.max(0, m.start() - 8), m.start())).find()
                    && inner.length() <= 10 && standsAlone(text, m.end())) {
                programs.add(inner, m.start(1));
            }
        }
        Matcher d = DOCUMENT.matcher(text);
        while (d.find()) {
            programs.add(d.group(1), d.start(1));
        }
    }
}
