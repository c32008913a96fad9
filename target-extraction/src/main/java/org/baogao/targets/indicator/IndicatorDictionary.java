package org.baogao.targets.indicator;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Reads a phrase against the written forms of the indicator lexicon ({@link IndicatorCatalogue}). A phrase matches
 * a form exactly, or ends with a form and what precedes it is only a scope word (全市, 常州市, 全社会, 境内外, 新增 ...), or does so after dropping a rate word
 * (增速, 增幅, 预期目标). Anything else keeps code null: a near miss such as 数字经济增长 or
 * 对全球经济增长的贡献率 must not become {@code gdp}.
 */
public final class IndicatorDictionary {

    /** A dictionary hit: the code and the phrase as matched (scope words removed). */
    public record Match(String code, String form) {
    }

    /**
     * Words that may precede a form without changing what it measures: the words of {@code scope-words.tsv} (全市,
     * 全社会, 北京…) or any name ending in a division type (常州市, 钟楼区), one or several in a row.
     */
    private static final Pattern SCOPE = Pattern.compile("^(?:" + String.join("|", scopeWords())
            + "|[\\u4e00-\\u9fa5]{1,6}(?:省|市|区|县|州|旗|盟|镇|乡|街道))+$");

    private static java.util.List<String> scopeWords() {
        java.util.List<String> words = new java.util.ArrayList<>();
        for (String[] row : org.baogao.text.TsvResource.rows(IndicatorDictionary.class, "scope-words.tsv")) {
            words.addAll(java.util.Arrays.asList(row[1].split("\\|")));
        }
        words.sort(java.util.Comparator.comparingInt(String::length).reversed());
        return words.stream().map(Pattern::quote).toList();
    }

    /** Rate and goal words after a form: 地区生产总值增速, 经济增长预期目标. */
    private static final String[] TRAILERS = {"年均增速", "年均增长", "预期增长目标", "增长预期目标", "预期目标", "增长目标", "预期",
            "目标", "增长率", "成长率", "增速", "增幅", "增长", "成长", "总数", "总量", "总额", "数量", "数"};

    /** Every written form (the code it stands for) in one automaton: a text is read once for all of them. */
    private static final AhoCorasickDoubleArrayTrie<String> FORMS = new AhoCorasickDoubleArrayTrie<>(forms());

    /** Form → code over the catalogue; a form listed for two codes is a mistake in the lexicon. */
    private static TreeMap<String, String> forms() {
        TreeMap<String, String> forms = new TreeMap<>();
        for (IndicatorCatalogue.Indicator indicator : IndicatorCatalogue.lexicon().all()) {
            for (String form : indicator.forms()) {
                String previous = forms.put(form, indicator.code());
                if (previous != null && !previous.equals(indicator.code())) {
                    throw new IllegalStateException(IndicatorCatalogue.RESOURCE + ": form " + form + " listed for "
                            + previous + " and " + indicator.code());
                }
            }
        }
        return forms;
    }

    /**
     * Whether any written form occurs in {@code text}: a cheap test before reading a phrase that only matters if it
     * has a code (most clauses of a report name no indicator).
     */
    public static boolean holdsForm(String text) {
        boolean[] found = {false};
        FORMS.parseText(text, (begin, end, code) -> found[0] = true);
        return found[0];
    }

    /** The code for a normalized phrase (no spaces), or null. */
    public static Match lookup(String phrase) {
        if (phrase == null || phrase.isEmpty()) {
            return null;
        }
        return lookupTrimmed(phrase, 2);
    }

    /**
     * The phrase as it is, else with one rate or goal word dropped from its end, and so on up to {@code words} of
     * them: 国内生产总值成长目标, 经济增长预期目标 (增长 belongs to the form 经济增长 there, so every trailer is tried).
     */
    private static Match lookupTrimmed(String phrase, int words) {
        Match m = lookupScoped(phrase);
        if (m != null || words == 0) {
            return m;
        }
        for (String t : TRAILERS) {
            if (phrase.length() > t.length() && phrase.endsWith(t)) {
                m = lookupTrimmed(phrase.substring(0, phrase.length() - t.length()), words - 1);
                if (m != null) {
                    return m;
                }
            }
        }
        return null;
    }

    /** True if the phrase is exactly one of the written forms (no scope words, no trailers). */
    public static boolean isForm(String phrase) {
        return FORMS.get(phrase) != null;
    }

    public static String code(String phrase) {
        Match m = lookup(phrase);
        return m == null ? null : m.code();
    }

    private static Match lookupScoped(String phrase) {
        String exact = FORMS.get(phrase);
        if (exact != null) {
            return new Match(exact, phrase);
        }
        // the longest form that ends the phrase behind nothing but scope words
        List<Match> suffixes = new ArrayList<>(2);
        FORMS.parseText(phrase, (begin, end, code) -> {
            if (end == phrase.length() && begin > 0) {
                suffixes.add(new Match(code, phrase.substring(begin)));
            }
        });
        suffixes.sort(Comparator.comparingInt(m -> -m.form().length()));
        for (Match suffix : suffixes) {
            if (SCOPE.matcher(phrase.substring(0, phrase.length() - suffix.form().length())).matches()) {
                return suffix;
            }
        }
        return null;
    }

    private IndicatorDictionary() {
    }
}
