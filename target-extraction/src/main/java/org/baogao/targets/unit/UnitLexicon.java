package org.baogao.targets.unit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The units a quantity may carry, normalized to a base unit and a factor ({@code 名} counts people,
 * {@code 千米} is {@code 公里}), and the multipliers written between number and unit
 * ({@code 万}, {@code 亿}, {@code 万亿}; {@code 兆} = 10^12 as in 一点四兆斤, never before 瓦).
 * Anything not listed here is not a unit a target is stated in (年, 月, 日, 届, 次, 号 ...).
 */
public final class UnitLexicon {

    /** A unit as written, its base unit and the factor from written to base. */
    public record UnitMatch(String written, String base, double factor, int length) {
    }

    private static final Map<String, String> BASE = new LinkedHashMap<>();
    private static final Map<String, Double> FACTOR = new LinkedHashMap<>();
    private static final int LONGEST;

    /** Classifiers: the noun they count may follow them (新增5家上市公司, 12万名老年人). */
    private static final Set<String> COUNTERS = Set.of("家", "个", "项", "户", "套", "所", "辆", "座", "条", "件", "张",
            "台", "处", "间", "栋", "幢", "只", "头", "艘", "架", "部", "篇", "种", "场", "名", "宗", "期", "批次", "场次", "例",
            "门", "支", "列", "株", "批", "班", "对");

    /** Units read only after 万/亿 (1.7万P of computing power, 3000亿度 of electricity): alone they are letters or degrees. */
    private static final Set<String> AFTER_MULTIPLIER = Set.of("P", "度");

    /** Units of money, shares, ages and durations: a noun after them is what they qualify (3亿元以上项目, 60岁以上老人). */
    private static final Set<String> MEASURES = Set.of("%", "‰", "个百分点", "个千分点", "元", "美元", "欧元", "港元", "港币",
            "岁", "天", "倍", "小时");

    static {
        base("%", "%");
        base("‰", "‰");
        base("个百分点", "个百分点");
        base("百分点", "个百分点");
        base("个多百分点", "个百分点");
        base("元", "元");
        base("元人民币", "元");
        base("担", "担");
        base("锭", "锭");
        base("个工作日", "工作日");
        base("工作日", "工作日");
        base("美元", "美元");
        base("欧元", "欧元");
        base("港元", "港元");
        base("港币", "港元");
        base("人次", "人次");
        base("人", "人");
        base("人口", "人");
        base("名", "人");
        base("斤", "斤");
        base("公斤", "公斤");
        base("千克", "公斤");
        base("吨", "吨");
        base("吨标准煤", "吨标准煤");
        base("亩", "亩");
        base("公顷", "公顷");
        base("平方公里", "平方公里");
        base("平方米", "平方米");
        base("立方米", "立方米");
        base("公里", "公里");
        base("千米", "公里");
        base("米", "米");
        base("千瓦时", "千瓦时");
        base("个千分点", "个千分点");
        base("千分点", "个千分点");
        base("吨公里", "吨公里");
        base("人公里", "人公里");
        base("千瓦", "千瓦");
        base("兆瓦", "千瓦", 1000);
        base("标准箱", "标准箱");
        base("微克/立方米", "微克/立方米");
        base("岁", "岁");
        base("天", "天");
        base("小时", "小时");
        base("倍", "倍");
        base("千升", "升", 1000);
        base("升", "升");
        base("标箱", "标准箱");
        base("载重吨", "载重吨");
        base("总吨", "总吨");
        base("度", "千瓦时");
        base("P", "P");
        for (String counter : List.of("家", "个", "项", "户", "套", "所", "辆", "座", "条", "件", "张", "台", "处", "间",
                "栋", "幢", "只", "头", "艘", "架", "部", "篇", "种", "场", "宗", "期", "批次", "场次", "例", "门", "支", "列",
                "株", "批", "班", "对")) {
            base(counter, counter);
        }
        int longest = 0;
        for (String w : BASE.keySet()) {
            longest = Math.max(longest, w.length());
        }
        LONGEST = longest;
    }

    private static void base(String written, String base) {
        base(written, base, 1);
    }

    private static void base(String written, String base, double factor) {
        BASE.put(written, base);
        FACTOR.put(written, factor);
    }

    /** The longest unit written at {@code pos}, or null. {@code 个月} and {@code 个小时} are not {@code 个}. */
    public static UnitMatch unitAt(CharSequence text, int pos) {
        for (int len = Math.min(LONGEST, text.length() - pos); len > 0; len--) {
            String w = text.subSequence(pos, pos + len).toString();
            String base = BASE.get(w);
            if (base == null) {
                continue;
            }
            int after = pos + len;
            if (w.equals("个") && after < text.length() && "月小体".indexOf(text.charAt(after)) >= 0) {
                return null;
            }
            if (w.equals("米") && pos > 0 && text.charAt(pos - 1) == '大') {
                return null;
            }
            return new UnitMatch(w, base, FACTOR.get(w), len);
        }
        return null;
    }

    /** The multiplier written at {@code pos} ({@code 万}, {@code 亿}, {@code 万亿}, {@code 千}, {@code 百}, {@code 兆}), as {value, length}, or null. */
    public static double[] multiplierAt(CharSequence text, int pos) {
        if (pos >= text.length()) {
            return null;
        }
        char c = text.charAt(pos);
        char next = pos + 1 < text.length() ? text.charAt(pos + 1) : 0;
        return switch (c) {
            case '万' -> next == '亿' ? new double[]{1e12, 2} : new double[]{1e4, 1};
            case '亿' -> new double[]{1e8, 1};
            case '兆' -> next == '瓦' || next == '帕' || next == '赫' || next == '字' || next == '比' || next == '焦'
                    ? null : new double[]{1e12, 1};
            case '千' -> next == '瓦' || next == '米' || next == '克' ? null : new double[]{1e3, 1};
            case '百' -> next == '分' ? null : new double[]{1e2, 1};
            default -> null;
        };
    }

    /** Nouns of people that stand for the unit of a count written without one (为80万重点群体, 30万以上参保孕产妇). */
    private static final java.util.regex.Pattern PEOPLE_NOUN = java.util.regex.Pattern.compile(
            "^(?:以上|左右|多|余)?[\\u4e00-\\u9fff]{0,8}?(?:群体|人口|群众|农民|职工|学生|儿童|老人|老年人|居民|家庭|妇女|孕产妇|毕业生"
                    + "|志愿者|人才|青年|患者|婴幼儿|残疾人|劳动力|农民工|退役军人)");

    /** True if a people noun follows at {@code pos} (after an optional 以上), so the number before it counts people. */
    public static boolean peopleNounAfter(CharSequence text, int pos, int end) {
        if (pos >= end) {
            return false;
        }
        return PEOPLE_NOUN.matcher(text).region(pos, Math.min(end, pos + 14)).lookingAt();
    }

    /** A people noun and at most a verb before a number without a unit (贫困人口减少1000万以上). */
    private static final java.util.regex.Pattern PEOPLE_BEFORE = java.util.regex.Pattern.compile(
            "(?:人口|农民工|劳动力|群众|人才|就业|人员|职工|毕业生)[\\u4e00-\\u9fff]{0,4}$");

    /** True if {@code text[from, to)} ends with a people noun and a verb, so the number at {@code to} counts people. */
    public static boolean peopleNounBefore(CharSequence text, int from, int to) {
        return from < to && PEOPLE_BEFORE.matcher(text).region(from, to).find();
    }

    /** True for a unit that only counts after a multiplier ({@link #AFTER_MULTIPLIER}). */
    public static boolean needsMultiplier(String written) {
        return AFTER_MULTIPLIER.contains(written);
    }

    public static boolean isCounter(String written) {
        return COUNTERS.contains(written);
    }

    public static boolean isMoney(String base) {
        return base.equals("元") || base.equals("美元") || base.equals("欧元") || base.equals("港元");
    }

    public static boolean isMeasure(String base) {
        return MEASURES.contains(base);
    }

    /** Units where a small count written in Chinese numerals (一个, 两项, 三家) is a phrase, not a target. */
    public static boolean isPercentLike(String base) {
        return base.equals("%") || base.equals("‰") || base.equals("个百分点") || base.equals("个千分点");
    }

    private UnitLexicon() {
    }
}
