package org.baogao.text;

/**
 * The normalization every Chinese string gets before it is compared with another: widths folded
 * to ASCII, traditional characters converted to simplified. Extraction applies it to report text
 * and search applies it to queries, so {@code 發展新質生產力} and {@code 发展新质生产力} meet.
 */
public final class ChineseNormalizer {

    public static String normalize(String text) {
        return ScriptConverter.toSimplified(WidthFolding.fold(text));
    }

    private ChineseNormalizer() {
    }
}
