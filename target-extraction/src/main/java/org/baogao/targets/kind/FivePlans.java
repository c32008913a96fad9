package org.baogao.targets.kind;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Five-year plan names and their end years: 十一五 → 2010 ... 十五五 → 2030, 九五 → 2000, 十五 (quoted) → 2005. */
final class FivePlans {

    static final Pattern NAME = Pattern.compile("[“\"]?(六五|七五|八五|九五|十五|十[一二三四五]五)[”\"]?(?=期间|时期|末|规划|计划|以来|目标|前|$|[,，的])");

    /** A five-year plan named as a span of time (“十四五”期间, 到“十四五”末), not as a document (“十四五”规划开局之年). */
    static final Pattern PERIOD = Pattern.compile("[“\"]?(六五|七五|八五|九五|十五|十[一二三四五]五)[”\"]?(?=期间|时期|末|期末|以来)");

    /** End year of the five-year plan named at the matcher, or null. */
    static Integer endYear(Matcher m) {
        String name = m.group(1);
        boolean quoted = m.group().startsWith("“") || m.group().startsWith("\"");
        if (name.length() == 2 && !name.equals("九五") && !quoted) {
            return null; // 十五, 七五 unquoted are just numbers
        }
        return switch (name) {
            case "六五" -> 1985;
            case "七五" -> 1990;
            case "八五" -> 1995;
            case "九五" -> 2000;
            case "十五" -> 2005;
            case "十一五" -> 2010;
            case "十二五" -> 2015;
            case "十三五" -> 2020;
            case "十四五" -> 2025;
            case "十五五" -> 2030;
            default -> null;
        };
    }

    private FivePlans() {
    }
}
