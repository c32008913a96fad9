package org.baogao.targets.kind;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Five-year plan names and their end years: 十一五 → 2010 ... 十五五 → 2030, 九五 → 2000, 十五 (quoted) → 2005. */
final class FivePlans {

    static final Pattern NAME = Pattern.compile("[“\"]?(九五|十五|十[一二三四五]五)[”\"]?(?=期间|时期|末|规划|计划|以来|目标|前|$|[,，的])");

    /** End year of the five-year plan named at the matcher, or null. */
    static Integer endYear(Matcher m) {
        String name = m.group(1);
        if (name.equals("十五") && !m.group().startsWith("“") && !m.group().startsWith("\"")) {
            return null;
        }
        return switch (name) {
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
