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
        Window w = new Window(text, from, to);
        List<Quantity> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            if (!mayStartNumber(text.charAt(i))) {
                i++; // most characters of a report start no number: not worth a reading
                continue;
            }
            Reading r = readAt(w, i, true);
            if (r.quantity != null) {
                out.add(r.quantity);
            }
            i = Math.max(r.next, i + 1);
        }
        return out;
    }

    /** A digit or a numeral (百分之 and 千分之 open with one): where {@link #readAt} may find a number. */
    private static boolean mayStartNumber(char c) {
        return isAsciiDigit(c) || ChineseNumeral.isNumeralChar(c) && c != '点';
    }

    /** The span of text being scanned: nothing is read before {@code from} or at or after {@code to}. */
    private record Window(String text, int from, int to) {
    }

    /** What reading at a position gave: maybe a quantity, and where to continue. */
    private record Reading(Quantity quantity, int next) {
    }

    private record Number(double value, int start, int end, boolean spelled, boolean multiplied) {
    }

    /**
     * A number read with its unit, before the words after it (a range's second half, 左右, 以上) are looked at.
     *
     * @param start    where it starts (the number, or 百分之)
     * @param unitEnd  where its unit ends
     * @param value    the value in base units (null for a range)
     * @param min      lower bound of a range
     * @param max      upper bound of a range
     * @param unit     base unit and unit as written
     * @param moreThan written with 多/余
     * @param spelled  written in Chinese numerals
     */
    private record Amount(int start, int unitEnd, Double value, Double min, Double max, UnitName unit, boolean moreThan,
                          boolean spelled) {
        static Amount of(int start, int unitEnd, double value, UnitName unit, boolean moreThan, boolean spelled) {
            return new Amount(start, unitEnd, value, null, null, unit, moreThan, spelled);
        }

        Amount asRange(int end, double low, double high) {
            return new Amount(start, end, null, low, high, unit, moreThan, spelled);
        }
    }

    /** A unit: its base form and how it was written ({@code 人} written {@code 名}). */
    private record UnitName(String base, String written) {
    }

    private Reading readAt(Window w, int i, boolean allowRange) {
        String text = w.text();
        char c = text.charAt(i);
        boolean percentWord = startsWith(text, i, w.to(), "百分之");
        boolean permilleWord = startsWith(text, i, w.to(), "千分之");
        if (percentWord || permilleWord) {
            Number n = readBareNumber(text, i + 3, w.from(), w.to(), true);
            if (n == null) {
                return new Reading(null, i + 3);
            }
            String unit = percentWord ? "%" : "‰";
            return finish(w, Amount.of(i, n.end, n.value, new UnitName(unit, unit), false, n.spelled), allowRange);
        }
        if (!isAsciiDigit(c) && !(ChineseNumeral.isNumeralChar(c) && c != '点')) {
            return new Reading(null, i + 1);
        }
        Number n = readBareNumber(text, i, w.from(), w.to(), !allowRange);
        if (n == null) {
            return new Reading(null, skipNumberRun(text, i, w.to()));
        }
        int to = w.to();
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
                Reading range = tryRange(w, i, n, value, multiplied, k);
                if (range != null) {
                    return range;
                }
            }
            if (multiplied && !n.spelled && (UnitLexicon.peopleNounAfter(text, k, to)
                    || UnitLexicon.peopleNounBefore(text, Math.max(w.from(), i - 12), i))) {
                // 为80万重点群体, 30万以上参保孕产妇: a count of people whose noun stands for the unit
                return finish(w, Amount.of(i, k, value, new UnitName("人", "名"), moreThan, n.spelled), allowRange);
            }
            return new Reading(null, Math.max(k, n.end));
        }
        if (n.spelled && !multiplied && value < 10 && !UnitLexicon.isPercentLike(unit.base())) {
            return new Reading(null, k + unit.length());
        }
        if (!multiplied && UnitLexicon.needsMultiplier(unit.written())) {
            return new Reading(null, k + unit.length());
        }
        return finish(w, Amount.of(i, k + unit.length(), value * unit.factor(), new UnitName(unit.base(), unit.written()),
                moreThan, n.spelled), allowRange);
    }

    /** Unit read: try a range (6%-6.5%), then a trailing comparator (左右, 以上). */
    private Reading finish(Window w, Amount amount, boolean allowRange) {
        String text = w.text();
        if (allowRange) {
            int m = skipSpaces(text, amount.unitEnd(), w.to());
            int markLen = rangeMarkLength(text, m, w.to());
            if (markLen > 0) {
                int q = skipSpaces(text, m + markLen, w.to());
                if (q < w.to()) {
                    Quantity s = readAt(w, q, false).quantity;
                    if (s != null && s.unit().equals(amount.unit().base()) && s.value() != null && s.value() > amount.value()) {
                        Amount range = new Amount(amount.start(), s.unitEnd(), null, amount.value(), s.value(),
                                new UnitName(amount.unit().base(), s.writtenUnit()), amount.moreThan(), amount.spelled());
                        return reading(withSuffix(w, range));
                    }
                }
            }
        }
        return reading(withSuffix(w, amount));
    }

    /** 6—6.5%, 3000-3500万吨: a bare number, a range mark, then a full quantity that lends its unit. */
    private Reading tryRange(Window w, int start, Number first, double value, boolean multiplied, int k) {
        String text = w.text();
        int markLen = rangeMarkLength(text, k, w.to());
        if (markLen == 0) {
            return null;
        }
        int q = skipSpaces(text, k + markLen, w.to());
        if (q >= w.to()) {
            return null;
        }
        Quantity s = readAt(w, q, false).quantity;
        if (s == null || s.value() == null || first.spelled != s.spelled()) {
            return null;
        }
        // the second number carries multiplier and unit for both: scale the first the same way
        double scale = multiplied ? 1 : s.value() / readValueOnly(text, q, w.to());
        double lo = value * (Double.isFinite(scale) ? scale : 1);
        if (!(lo < s.value())) {
            return null;
        }
        if (first.spelled && lo < 10 && !UnitLexicon.isPercentLike(s.unit())) {
            return null;
        }
        Amount range = new Amount(start, s.unitEnd(), null, lo, s.value(), new UnitName(s.unit(), s.writtenUnit()),
                s.moreThan(), first.spelled);
        return reading(withSuffix(w, range));
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

    /** The amount with the comparator word written after it (左右, 以上), if any. */
    private Quantity withSuffix(Window w, Amount a) {
        int s = skipSpaces(w.text(), a.unitEnd(), w.to());
        ComparatorWords.Suffix suffix = ComparatorWords.suffixAt(w.text(), s, w.to());
        int end = suffix == null ? a.unitEnd() : s + suffix.length();
        return new Quantity(a.start(), a.unitEnd(), end, a.value(), a.min(), a.max(), a.unit().base(), a.unit().written(),
                suffix == null ? null : suffix.comparator(), a.moreThan(), a.spelled());
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
        Double v = ChineseNumeral.parse(impliedOne(run));
        if (v == null) {
            return null;
        }
        char last = run.charAt(run.length() - 1);
        boolean multiplied = last == '万' || last == '亿' || last == '兆';
        return new Number(v, i, j, true, multiplied);
    }

    /**
     * 百万吨, 千亿元: a leading 百 or 千 stands for 一百, 一千 when a multiplier is part of it. Not before a counter alone:
     * 百家争鸣, 上千种, 千家万户 are set phrases, not counts.
     */
    private static String impliedOne(String run) {
        if (run.isEmpty()) {
            return run;
        }
        char first = run.charAt(0);
        boolean multiplied = run.indexOf('万') > 0 || run.indexOf('亿') > 0;
        return (first == '百' || first == '千') && multiplied ? "一" + run : run;
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
        // 几千万人, 数万名, 上千种: a guess at a size, not a number
        return b != '第' && b != '初' && b != '周' && b != '期' && b != '星' && b != '几' && b != '数' && b != '上'
                && !isAsciiDigit(b);
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
