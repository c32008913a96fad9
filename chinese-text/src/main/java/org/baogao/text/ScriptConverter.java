package org.baogao.text;

import com.hankcs.hanlp.HanLP;

/**
 * Traditional → simplified conversion, phrase-aware (HanLP's dictionaries map whole phrases such
 * as 資訊 → 信息, not only single characters), and the script detection that goes with it.
 */
public final class ScriptConverter {
    public static final String HANS = "hans";
    public static final String HANT = "hant";
    public static final String MIXED = "mixed";

    /** Below this share of script-specific characters a text counts as the other script's. */
    private static final double MINORITY_SHARE = 0.05;

    public static String toSimplified(String text) {
        return text.isEmpty() ? text : HanLP.convertToSimplifiedChinese(text);
    }

    /**
     * {@code hant} if the text is written in traditional characters, {@code hans} if simplified,
     * {@code mixed} if both kinds of script-specific characters occur in strength. Characters shared
     * by both scripts (most of them) are evidence for neither, and only Han characters count: HanLP's
     * conversion also swaps punctuation (curly quotes ↔ corner brackets), which says nothing of the script.
     */
    public static String detectScript(String text) {
        String simplified = toSimplified(text);
        String traditional = HanLP.convertToTraditionalChinese(text);
        int traditionalOnly = 0;
        int simplifiedOnly = 0;
        int n = Math.min(text.length(), Math.min(simplified.length(), traditional.length()));
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) {
                continue;
            }
            if (simplified.charAt(i) != c) {
                traditionalOnly++;
            } else if (traditional.charAt(i) != c) {
                simplifiedOnly++;
            }
        }
        int specific = traditionalOnly + simplifiedOnly;
        if (specific == 0) {
            return HANS;
        }
        double traditionalShare = (double) traditionalOnly / specific;
        if (traditionalShare >= 1 - MINORITY_SHARE) {
            return HANT;
        }
        if (traditionalShare <= MINORITY_SHARE) {
            return HANS;
        }
        return MIXED;
    }

    private ScriptConverter() {
    }
}
