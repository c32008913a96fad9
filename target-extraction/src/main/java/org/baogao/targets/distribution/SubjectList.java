package org.baogao.targets.distribution;

import org.baogao.targets.indicator.IndicatorDictionary;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a shared subject into the indicators it lists and completes the ones written short:
 * {@code 城镇调查失业率和登记失业率} → 城镇调查失业率, 城镇登记失业率 (prefix of the first item);
 * {@code 城、乡居民人均可支配收入} → 城居民人均可支配收入, 乡居民人均可支配收入 (tail of the last item);
 * {@code 高技术制造业、装备制造业增加值} → both with 增加值 (shared head noun).
 * Splitting on 和/与/及 only happens when the caller expects several values or every item is a
 * known indicator: 研究与试验发展经费 is one thing.
 */
public final class SubjectList {

    private static final Pattern PAUSE = Pattern.compile("、");
    /** Items that are rates (率, 增速, 比重…): a single bound applies to each of them. */
    private static final Pattern RATE = Pattern.compile("(?:率|增速|增幅|比重|占比|比例)$");
    private static final Pattern ANY_JOIN = Pattern.compile("、|以及|和|与|及");

    /** Head nouns a list of indicators may write only once, at the end. */
    private static final String[] HEADS = {"增加值", "可支配收入", "总产值", "产值", "投资", "收入", "支出", "产量", "总额",
            "零售额", "销售额", "营业收入", "利润", "失业率", "增长率", "增速", "增幅", "营收", "比重", "占比", "就业", "价格", "能耗", "面积", "里程",
            "产能", "人数", "比例", "比率", "覆盖率", "利用率", "达标率", "排放量", "用水量"};

    /**
     * @param subject  the subject phrase (normalized)
     * @param expected how many values it is paired with (1 when one value is shared)
     * @param shared   the sentence says the one value holds for each (均, 都): split a 、-list even of unknown indicators
     * @return the items; a single-element list when the subject is not a list
     */
    public static List<String> split(String subject, int expected, boolean shared) {
        // 城乡居民人均可支配收入分别增长8%、9% / 均增长7% / 增长8.5%: the town's and the country's, each
        if (subject.startsWith("城乡") && subject.length() > 2
                && (expected == 2 || expected == 1 && IndicatorDictionary.code("城镇" + subject.substring(2)) != null)) {
            String tail = subject.substring(2);
            return List.of("城镇" + tail, "农村" + tail);
        }
        List<String> items = parts(PAUSE, subject);
        if (expected > 1 && items.size() != expected) {
            items = parts(ANY_JOIN, subject);
        } else if (expected == 1) {
            // one value for a list: each gets it only if the text says so (均) or every item is a known indicator;
            // 新建智能工厂、智能车间60家 is one count for both
            if (items.size() == 1) {
                items = parts(ANY_JOIN, subject);
            }
            if (items.size() > 1) {
                List<String> completed = completeAll(items);
                boolean allKnown = completed.stream().allMatch(i -> IndicatorDictionary.code(i) != null);
                // 海洋电力、海洋旅游增速保持在10%以上: rates of each item, one bound for all
                boolean allRates = subject.indexOf('、') >= 0 && subject.indexOf('等') < 0 && completed.stream().allMatch(i -> RATE.matcher(i).find());
                return allKnown || shared || allRates ? completed : List.of(subject);
            }
        }
        if (items.size() <= 1) {
            return List.of(subject);
        }
        if (expected > 1 && items.size() != expected) {
            return List.of(subject);
        }
        return completeAll(items);
    }

    private static List<String> parts(Pattern p, String s) {
        List<String> out = new ArrayList<>();
        for (String part : p.split(s)) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    static List<String> completeAll(List<String> items) {
        List<String> out = new ArrayList<>(items);
        String first = items.get(0);
        String last = items.get(items.size() - 1);
        for (int j = 0; j < out.size(); j++) {
            String item = out.get(j);
            String done = j > 0 ? withPrefixOf(first, item) : null;
            String known = IndicatorDictionary.code(item);
            if (known != null) {
                // 登记失业率 after 城镇调查失业率 is known already; write it out as 城镇登记失业率 when that is the same thing
                if (done != null && IndicatorDictionary.isForm(done) && known.equals(IndicatorDictionary.code(done))) {
                    out.set(j, done);
                }
                continue;
            }
            if (done == null && j < out.size() - 1) {
                done = withSuffixOf(last, item);
            }
            if (done == null && j < out.size() - 1) {
                done = withHeadOf(last, item);
            }
            if (done != null) {
                out.set(j, done);
            }
        }
        return out;
    }

    /**
     * 产量 after 粮食播种面积 → 粮食产量: the head completed with a leading part of the subject before it, only when that
     * makes a known indicator. Null otherwise.
     */
    public static String withModifierOf(String before, String head) {
        return withPrefixOf(before, head);
    }

    /** 登记失业率 after 城镇调查失业率 → 城镇登记失业率. */
    private static String withPrefixOf(String first, String item) {
        for (int len = first.length() - 1; len > 0; len--) {
            String candidate = first.substring(0, len) + item;
            if (IndicatorDictionary.code(candidate) != null) {
                return candidate;
            }
        }
        return null;
    }

    /** 城 before 乡居民人均可支配收入 → 城居民人均可支配收入 (only into a known indicator, or for 1-2 char items). */
    private static String withSuffixOf(String last, String item) {
        for (int cut = 1; cut < last.length(); cut++) {
            String candidate = item + last.substring(cut);
            if (IndicatorDictionary.code(candidate) != null) {
                return candidate;
            }
        }
        if (item.length() <= 2 && last.length() > item.length() + 1) {
            return item + last.substring(item.length());
        }
        return null;
    }

    /** 高技术制造业 before 装备制造业增加值 → 高技术制造业增加值. */
    private static String withHeadOf(String last, String item) {
        for (String head : HEADS) {
            if (last.endsWith(head) && last.length() > head.length()) {
                for (String h : HEADS) {
                    if (item.endsWith(h)) {
                        return null;
                    }
                }
                return item + head;
            }
        }
        return null;
    }

    private SubjectList() {
    }
}
