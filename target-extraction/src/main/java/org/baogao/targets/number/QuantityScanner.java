package org.baogao.targets.number;

import org.baogao.targets.comparator.ComparatorWords;
import org.baogao.targets.unit.UnitLexicon;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quantities (number, multiplier, unit, range, trailing comparator) in a span of normalized
 * text with one left-to-right pass. Numbers without a unit are not quantities, which alone drops
 * years (2021年), dates, section numbers (1.), document numbers and phone numbers. Further rejects:
 * ordinals (第一), numbers glued to Latin letters or other numbers (PM2.5, 5G, 014109429/2021-00086,
 * 1:4), spelled-out numbers that are not one well-formed number (十四五), and small spelled-out
 * counts that are set phrases (三个代表, 两项).
 */
public final class QuantityScanner {

    private static final String RANGE_MARKS = "-~—–－～〜至到";

    /** Quantities found in {@code text[from, to)}, in order. */
    public List<Quantity> scan(String text, int from, int to) {
        List<Quantity> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            Reading r = readAt(text, i, from, to, true);
            if (r.quantity != null) {
                out.add(r.quantity);
            }
            i = Math.max(r.next, i + 1);
        }
        return out;
    }

    /** What reading at a position gave: maybe a quantity, and where to continue. */
    private record Reading(Quantity quantity, int next) {
    }

    private record Number(double value, int start, int end, boolean spelled, boolean multiplied) {
    }

    private Reading readAt(String text, int i, int from, int to, boolean allowRange) {
        char c = text.charAt(i);
        boolean percentWord = startsWith(text, i, to, "百分之");
        boolean permilleWord = startsWith(text, i, to, "千分之");
        if (percentWord || permilleWord) {
            Number n = readBareNumber(text, i + 3, from, to, true);
            if (n == null) {
                return new Reading(null, i + 3);
            }
            String unit = percentWord ? "%" : "‰";
            return finish(text, i, n.end, n.value, unit, unit, false, n.spelled, from, to, allowRange, true);
        }
        if (!isAsciiDigit(c) && !(ChineseNumeral.isNumeralChar(c) && c != '点')) {
            return new Reading(null, i + 1);
        }
        Number n = readBareNumber(text, i, from, to, !allowRange);
        if (n == null) {
            return new Reading(null, skipNumberRun(text, i, to));
        }
        int k = skipSpaces(text, n.end, to);
        boolean moreThan = false;
        if (k < to && isMoreThanMark(text.charAt(k)) && followedByUnitOrMultiplier(text, k + 1, to)) {
            moreThan = true;
            k++;
        }
        double value = n.value;
        boolean multiplied = n.multiplied;
        double[] mult = UnitLexicon.multiplierAt(text, k);
        if (mult != null && (mult[0] >= 1e4 || UnitLexicon.unitAt(text, k + (int) mult[1]) != null)) {
            // 一亿一千四百多万: the 万 belongs to the part after 亿, so re-read the spelled run with it
            Double spelledWithMultiplier = n.spelled
                    ? ChineseNumeral.parse(text.substring(n.start, n.end) + text.substring(k, k + (int) mult[1])) : null;
            value = spelledWithMultiplier != null ? spelledWithMultiplier : value * mult[0];
            multiplied = true;
            k += (int) mult[1];
            if (k < to && isMoreThanMark(text.charAt(k)) && UnitLexicon.unitAt(text, k + 1) != null) {
                moreThan = true;
                k++;
            }
        }
        UnitLexicon.UnitMatch unit = k < to ? UnitLexicon.unitAt(text, k) : null;
        if (unit == null || k + unit.length() > to) {
            // a range whose unit is written once at the end (6—6.5%, 3000-3500万吨)
            if (allowRange) {
                Reading range = tryRange(text, i, n, value, multiplied, k, from, to);
                if (range != null) {
                    return range;
                }
            }
            return new Reading(null, Math.max(k, n.end));
        }
        if (n.spelled && !multiplied && value < 10 && !UnitLexicon.isPercentLike(unit.base())) {
            return new Reading(null, k + unit.length());
        }
        if (!multiplied && UnitLexicon.needsMultiplier(unit.written())) {
            return new Reading(null, k + unit.length());
        }
        return finish(text, i, k + unit.length(), value * unit.factor(), unit.base(), unit.written(), moreThan,
                n.spelled, from, to, allowRange, false);
    }

    /** Unit read: try a range (6%-6.5%), then a trailing comparator (左右, 以上). */
    private Reading finish(String text, int start, int unitEnd, double value, String unit, String writtenUnit,
                           boolean moreThan, boolean spelled, int from, int to, boolean allowRange, boolean percentWord) {
        if (allowRange) {
            int m = skipSpaces(text, unitEnd, to);
            int markLen = rangeMarkLength(text, m, to);
            if (markLen > 0) {
                int q = skipSpaces(text, m + markLen, to);
                if (q < to) {
                    Reading second = readAt(text, q, from, to, false);
                    Quantity s = second.quantity;
                    if (s != null && s.unit().equals(unit) && s.value() != null && s.value() > value) {
                        return reading(withSuffix(text, start, s.unitEnd(), null, value, s.value(), unit,
                                s.writtenUnit(), moreThan, spelled, to));
                    }
                }
            }
        }
        return reading(withSuffix(text, start, unitEnd, value, null, null, unit, writtenUnit, moreThan, spelled, to));
    }

    /** 6—6.5%, 3000-3500万吨: a bare number, a range mark, then a full quantity that lends its unit. */
    private Reading tryRange(String text, int start, Number first, double value, boolean multiplied, int k, int from,
                             int to) {
        int markLen = rangeMarkLength(text, k, to);
        if (markLen == 0) {
            return null;
        }
        int q = skipSpaces(text, k + markLen, to);
        if (q >= to) {
            return null;
        }
        Reading second = readAt(text, q, from, to, false);
        Quantity s = second.quantity;
        if (s == null || s.value() == null || first.spelled != s.spelled()) {
            return null;
        }
        // the second number carries multiplier and unit for both: scale the first the same way
        double scale = multiplied ? 1 : s.value() / readValueOnly(text, q, to);
        double lo = value * (Double.isFinite(scale) ? scale : 1);
        if (!(lo < s.value())) {
            return null;
        }
        if (first.spelled && lo < 10 && !UnitLexicon.isPercentLike(s.unit())) {
            return null;
        }
        return reading(withSuffix(text, start, s.unitEnd(), null, lo, s.value(), s.unit(), s.writtenUnit(),
                s.moreThan(), first.spelled, to));
    }

    private double readValueOnly(String text, int q, int to) {
        boolean percentWord = startsWith(text, q, to, "百分之") || startsWith(text, q, to, "千分之");
        Number n = readBareNumber(text, percentWord ? q + 3 : q, q, to, true);
        return n == null ? Double.NaN : n.value;
    }

    /** A quantity read; scanning resumes after it (never inside it: 八十一万吨 is not also 一万吨). */
    private static Reading reading(Quantity q) {
        return new Reading(q, q.end());
    }

    private Quantity withSuffix(String text, int start, int unitEnd, Double value, Double min, Double max, String unit,
                                String writtenUnit, boolean moreThan, boolean spelled, int to) {
        int s = skipSpaces(text, unitEnd, to);
        ComparatorWords.Suffix suffix = ComparatorWords.suffixAt(text, s, to);
        int end = suffix == null ? unitEnd : s + suffix.length();
        return new Quantity(start, unitEnd, end, value, min, max, unit, writtenUnit,
                suffix == null ? null : suffix.comparator(), moreThan, spelled);
    }

    /**
     * A bare number at {@code i}: ASCII digits (with spaces around the decimal point and thousands
     * commas) or a spelled-out Chinese number. Null when the context says it is not a quantity.
     */
    private Number readBareNumber(String text, int i, int from, int to, boolean lenientStart) {
        if (i >= to) {
            return null;
        }
        if (isAsciiDigit(text.charAt(i))) {
            if (!lenientStart && !arabicMayStartAt(text, i, from)) {
                return null;
            }
            return readArabic(text, i, to);
        }
        if (!ChineseNumeral.isNumeralChar(text.charAt(i)) || text.charAt(i) == '点') {
            return null;
        }
        if (!lenientStart && !spelledMayStartAt(text, i, from)) {
            return null;
        }
        int j = i;
        while (j < to && ChineseNumeral.isNumeralChar(text.charAt(j)) && !isMegaPrefix(text, j, to)) {
            j++;
        }
        while (j > i && text.charAt(j - 1) == '点') {
            j--;
        }
        String run = text.substring(i, j);
        Double v = ChineseNumeral.parse(run);
        if (v == null) {
            return null;
        }
        char last = run.charAt(run.length() - 1);
        boolean multiplied = last == '万' || last == '亿' || last == '兆';
        return new Number(v, i, j, true, multiplied);
    }

    private Number readArabic(String text, int i, int to) {
        int j = i;
        while (j < to && isAsciiDigit(text.charAt(j))) {
            j++;
        }
        StringBuilder digits = new StringBuilder(text.substring(i, j));
        // thousands separators: 200,000 and 1,234,567 (a comma followed by exactly three digits)
        if (j - i <= 3) {
            while (j + 3 < to && text.charAt(j) == ',' && isAsciiDigit(text.charAt(j + 1))
                    && isAsciiDigit(text.charAt(j + 2)) && isAsciiDigit(text.charAt(j + 3))
                    && !(j + 4 < to && isAsciiDigit(text.charAt(j + 4)))) {
                digits.append(text, j + 1, j + 4);
                j += 4;
            }
        }
        int end = j;
        int p = skipSpaces(text, j, to);
        if (p < to && text.charAt(p) == '.') {
            int q = skipSpaces(text, p + 1, to);
            int r = q;
            while (r < to && isAsciiDigit(text.charAt(r))) {
                r++;
            }
            if (r > q) {
                digits.append('.').append(text, q, r);
                end = r;
            }
        }
        // glued to letters or further digits after a separator: an id, a model name, a ratio or a time
        if (end < to) {
            char after = text.charAt(end);
            if (isAsciiLetter(after) || after == '/' || after == ':' || after == '.' && end + 1 < to
                    && isAsciiDigit(text.charAt(end + 1))) {
                return null;
            }
            if (after == '-' && end + 1 < to && isAsciiDigit(text.charAt(end + 1))
                    && !(end + 1 < to && looksLikeRangeEnd(text, end + 1, to))) {
                return null;
            }
        }
        return new Number(Double.parseDouble(digits.toString()), i, end, false, false);
    }

    /** 6-6.5%: a dash between numbers is a range only when the second one ends in a unit. */
    private boolean looksLikeRangeEnd(String text, int i, int to) {
        int j = i;
        while (j < to && (isAsciiDigit(text.charAt(j)) || text.charAt(j) == '.' || text.charAt(j) == ' ')) {
            j++;
        }
        if (j < to && UnitLexicon.multiplierAt(text, j) != null) {
            j += (int) UnitLexicon.multiplierAt(text, j)[1];
        }
        return j < to && UnitLexicon.unitAt(text, j) != null;
    }

    private boolean arabicMayStartAt(String text, int i, int from) {
        int p = i - 1;
        while (p >= from && text.charAt(p) == ' ') {
            p--;
        }
        if (p < 0) {
            return true;
        }
        char b = text.charAt(p);
        if (isAsciiDigit(b) || isAsciiLetter(b) || b == '.' || b == '/' || b == ':' || b == '第' || b == '#'
                || b == '_') {
            return false;
        }
        // 2021-00086: a dash glued to a preceding number
        if ((b == '-' || b == '—') && p - 1 >= 0 && isAsciiDigit(text.charAt(p - 1))) {
            return false;
        }
        return true;
    }

    private boolean spelledMayStartAt(String text, int i, int from) {
        if (i == 0) {
            return true;
        }
        char b = text.charAt(i - 1);
        return b != '第' && b != '初' && b != '周' && b != '期' && b != '星' && !isAsciiDigit(b);
    }

    private static boolean isMegaPrefix(String text, int j, int to) {
        return text.charAt(j) == '兆' && UnitLexicon.multiplierAt(text, j) == null;
    }

    private int skipNumberRun(String text, int i, int to) {
        int j = i;
        if (isAsciiDigit(text.charAt(i))) {
            while (j < to && (isAsciiDigit(text.charAt(j)) || text.charAt(j) == '.' || text.charAt(j) == ',')) {
                j++;
            }
        } else {
            while (j < to && ChineseNumeral.isNumeralChar(text.charAt(j))) {
                j++;
            }
        }
        return Math.max(j, i + 1);
    }

    private boolean followedByUnitOrMultiplier(String text, int k, int to) {
        return k < to && (UnitLexicon.unitAt(text, k) != null || UnitLexicon.multiplierAt(text, k) != null);
    }

    private static boolean isMoreThanMark(char c) {
        return c == '多' || c == '余';
    }

    private static int rangeMarkLength(String text, int k, int to) {
        if (k >= to || RANGE_MARKS.indexOf(text.charAt(k)) < 0) {
            return 0;
        }
        int len = 1;
        while (k + len < to && (text.charAt(k + len) == '—' || text.charAt(k + len) == '-')
                && text.charAt(k) != '至' && text.charAt(k) != '到') {
            len++;
        }
        return len;
    }

    private static int skipSpaces(String text, int i, int to) {
        while (i < to && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static boolean startsWith(String text, int i, int to, String w) {
        return i + w.length() <= to && text.startsWith(w, i);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
