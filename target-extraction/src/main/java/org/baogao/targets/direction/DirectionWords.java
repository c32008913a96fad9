package org.baogao.targets.direction;

import org.baogao.contracts.Target;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which way a value moves, read from the predicate right before the number ({@code 增长6%}, {@code 能耗下降3%},
 * {@code 比上年提高0.5个百分点}) or from a rate word that carries it ({@code 增速6%}, {@code 降幅3%}). A level
 * ({@code 达到1000亿元}, {@code 失业率5%左右}, {@code 新增就业10万人}) has no direction: null.
 */
public final class DirectionWords {

    /**
     * The last movement verb of the lead, allowing only comparator and degree words between it and the number
     * (增长6%, 下降3%以上, 增长不低于5%, 提高到: no, that is a level reached).
     */
    private static final Pattern VERB_BEFORE_NUMBER = Pattern.compile(
            "(增长|增加|提高|提升|上升|上涨|扩大|增|涨|升|下降|降低|减少|缩小|压减|压降|压缩|回落|降|减)"
                    + "(?:了|幅度|幅)?(?:不低于|不少于|不超过|不高于|控制在|保持在|稳定在|超过|至少|低于|高于|约|近|达到|达|为|在)?$");

    /** A rate that names its own direction: 增速, 增幅, 涨幅, 增长率 / 降幅, 下降率. */
    private static final Pattern RATE_UP = Pattern.compile("(?:增速|增幅|涨幅|增长率|增长速度|上涨幅度|增长幅度)$");
    private static final Pattern RATE_DOWN = Pattern.compile("(?:降幅|下降率|降低率|下降幅度|降低幅度|减幅)$");

    /** Verbs of reaching a level: 提高到5%, 降至3%: the number is where it ends, not how far it moves. */
    private static final Pattern TO_LEVEL = Pattern.compile("(?:到|至|为)$");

    /**
     * @param lead      the words between the subject's start and the number (the indicator and its predicate)
     * @param indicator the indicator phrase peeled from it (may be the inherited one)
     * @return {@link Target#INCREASE}, {@link Target#DECREASE} or null
     */
    public static String of(String lead, String indicator) {
        String tail = lead.strip();
        if (!TO_LEVEL.matcher(tail).find()) {
            Matcher verb = VERB_BEFORE_NUMBER.matcher(tail);
            if (verb.find()) {
                return isDown(verb.group(1)) ? Target.DECREASE : Target.INCREASE;
            }
        }
        if (indicator != null && tail.endsWith(indicator) || tail.isEmpty()) {
            String named = indicator == null ? "" : indicator;
            if (RATE_UP.matcher(named).find()) {
                return Target.INCREASE;
            }
            if (RATE_DOWN.matcher(named).find()) {
                return Target.DECREASE;
            }
        }
        return null;
    }

    private static boolean isDown(String verb) {
        return verb.startsWith("下") || verb.startsWith("降") || verb.startsWith("减") || verb.startsWith("缩")
                || verb.startsWith("压") || verb.startsWith("回");
    }

    private DirectionWords() {
    }
}
