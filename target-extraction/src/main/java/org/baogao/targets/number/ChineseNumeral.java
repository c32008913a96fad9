package org.baogao.targets.number;

/**
 * Strict parser for numbers spelled out in Chinese characters ({@code 一千二百万}, {@code 三十六点九},
 * {@code 一点四万亿}). It accepts a string only if the whole string is one well-formed number, so word
 * fragments that merely contain numerals are rejected: {@code 十四五} (a plan name, not 14 and 5),
 * {@code 十百千} (a programme name), {@code 千万} (as in 千万工程), {@code 一九五八} (a digit-by-digit year).
 * <p>
 * {@code 兆} is read as 10^12: reports from the traditional-script era write {@code 一點四兆斤} for
 * what simplified reports write as {@code 1.4万亿斤}. Callers must not pass the 兆 of 兆瓦 (mega).
 */
public final class ChineseNumeral {

    /** Characters that can appear in a spelled-out number. */
    public static boolean isNumeralChar(char c) {
        return digit(c) >= 0 || c == '十' || c == '百' || c == '千' || c == '万' || c == '亿' || c == '兆' || c == '点';
    }

    public static boolean isDigitChar(char c) {
        return digit(c) >= 0;
    }

    /**
     * @return the value, or null if {@code s} is not exactly one well-formed number
     */
    public static Double parse(String s) {
        if (s == null || s.isEmpty()) {
            return null;
        }
        int dot = s.indexOf('点');
        if (dot >= 0) {
            return parseDecimal(s, dot);
        }
        return parseInteger(s);
    }

    /** {@code 三十六点九}, {@code 一点四万亿}: integer part, 点, digit string, optional big unit. */
    private static Double parseDecimal(String s, int dot) {
        if (dot == 0 || s.indexOf('点', dot + 1) >= 0) {
            return null;
        }
        String wholeText = s.substring(0, dot);
        Double whole = wholeText.length() == 1 && digit(wholeText.charAt(0)) == 0 ? Double.valueOf(0) : parseInteger(wholeText);
        if (whole == null) {
            return null;
        }
        String rest = s.substring(dot + 1);
        int i = 0;
        StringBuilder fraction = new StringBuilder();
        while (i < rest.length() && digit(rest.charAt(i)) >= 0) {
            fraction.append(digit(rest.charAt(i)));
            i++;
        }
        if (fraction.isEmpty()) {
            return null;
        }
        double scale = bigUnit(rest.substring(i));
        if (scale < 0 || (scale > 1 && whole >= 10000)) {
            return null;
        }
        return (whole + Double.parseDouble("0." + fraction)) * scale;
    }

    /** Scale of a trailing big unit after a decimal: none, 万, 亿, 万亿 or 兆; -1 if anything else. */
    private static double bigUnit(String tail) {
        return switch (tail) {
            case "" -> 1;
            case "万" -> 1e4;
            case "亿" -> 1e8;
            case "万亿", "兆" -> 1e12;
            default -> -1;
        };
    }

    private static Double parseInteger(String s) {
        if (s.isEmpty()) {
            return null;
        }
        if (s.endsWith("万亿") || s.endsWith("兆")) {
            int cut = s.endsWith("兆") ? 1 : 2;
            Long head = parseBelowYi(s.substring(0, s.length() - cut));
            return head == null || head == 0 ? null : head * 1e12;
        }
        int zhao = s.indexOf('兆');
        if (zhao >= 0) {
            // 一兆四千亿 (ICU's spelling of 1.4×10^12): 兆 is a big unit above 亿
            Long high = parseBelowYi(s.substring(0, zhao));
            String lowText = stripLeadingZero(s.substring(zhao + 1));
            Double low = lowText.isEmpty() ? Double.valueOf(0) : parseInteger(lowText);
            if (high == null || high == 0 || low == null || low >= 1e12 || lowText.indexOf('兆') >= 0) {
                return null;
            }
            return high * 1e12 + low;
        }
        int yi = s.indexOf('亿');
        if (yi >= 0) {
            if (s.indexOf('亿', yi + 1) >= 0) {
                return null;
            }
            Long high = parseBelowYi(s.substring(0, yi));
            String lowText = stripLeadingZero(s.substring(yi + 1));
            Long low = lowText.isEmpty() ? Long.valueOf(0) : parseBelowYi(lowText);
            if (high == null || high == 0 || low == null) {
                return null;
            }
            return high * 1e8 + low;
        }
        Long v = parseBelowYi(s);
        return v == null ? null : v.doubleValue();
    }

    /** A number below 10^8: optional {@code section 万} then a section. */
    private static Long parseBelowYi(String s) {
        if (s.isEmpty()) {
            return null;
        }
        int wan = s.indexOf('万');
        if (wan < 0) {
            return parseSection(s, true);
        }
        if (s.indexOf('万', wan + 1) >= 0) {
            return null;
        }
        Long high = parseSection(s.substring(0, wan), true);
        String lowText = stripLeadingZero(s.substring(wan + 1));
        Long low = lowText.isEmpty() ? Long.valueOf(0) : parseSection(lowText, false);
        if (high == null || high == 0 || low == null) {
            return null;
        }
        return high * 10000 + low;
    }

    private static String stripLeadingZero(String s) {
        return !s.isEmpty() && digit(s.charAt(0)) == 0 ? s.substring(1) : s;
    }

    /**
     * A number below 10^4 made of digits and 十/百/千 in strictly falling order. A lone 十 may lead
     * ({@code 十二}); 百 and 千 need their digit. A digit right after 百/千 abbreviates the next place
     * ({@code 一千二} = 1200); two digits in a row are never a number here.
     */
    private static Long parseSection(String s, boolean mayStartWithTen) {
        if (s.isEmpty()) {
            return null;
        }
        long total = 0;
        int pending = -1;
        int lastUnit = 100000;
        boolean afterZero = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digit(c);
            if (d == 0) {
                if (pending >= 0 || afterZero || i == 0) {
                    return null;
                }
                afterZero = true;
            } else if (d > 0) {
                if (pending >= 0) {
                    return null;
                }
                pending = d;
            } else {
                int unit = smallUnit(c);
                if (unit < 0 || unit >= lastUnit) {
                    return null;
                }
                if (pending < 0) {
                    if (unit == 10 && i == 0 && mayStartWithTen) {
                        pending = 1;
                    } else {
                        return null;
                    }
                }
                total += (long) pending * unit;
                pending = -1;
                lastUnit = unit;
                afterZero = false;
            }
        }
        if (pending >= 0) {
            boolean abbreviated = !afterZero && lastUnit >= 100 && lastUnit < 100000;
            total += abbreviated ? (long) pending * (lastUnit / 10) : pending;
        } else if (afterZero) {
            return null;
        }
        return total;
    }

    private static int smallUnit(char c) {
        return switch (c) {
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1000;
            default -> -1;
        };
    }

    static int digit(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }

    private ChineseNumeral() {
    }
}
