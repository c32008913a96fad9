package org.baogao.search.targets;

import org.baogao.search.web.BadRequestException;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The order target rows are listed in: one key, ascending or descending ({@code -value}), rows without the key
 * last, ties by report id and then by the target's position in its report, so every row has one place and a
 * cursor can say where a page ended.
 *
 * <p>A key lives either on the report ({@code region}: its GB/T 2260 code, {@code reportYear}) or on the target
 * ({@code year}: the year it applies to, {@code value}: the value, the middle of a range, or its one bound).
 *
 * @param key        what the rows are sorted by
 * @param descending largest first
 */
public record TargetOrder(Key key, boolean descending) {
    public static final TargetOrder DEFAULT = new TargetOrder(Key.REGION, false);

    public enum Key {
        REGION("region", "region.code", false, false),
        REPORT_YEAR("reportYear", "year", false, true),
        YEAR("year", "targets.year", true, true),
        VALUE("value", "targets.search.point", true, true);

        final String param;
        /** The indexed field. */
        final String field;
        /** Whether the field is on the nested target rather than on the report. */
        final boolean onTarget;
        final boolean numeric;

        Key(String param, String field, boolean onTarget, boolean numeric) {
            this.param = param;
            this.field = field;
            this.onTarget = onTarget;
            this.numeric = numeric;
        }
    }

    /** {@code region} (default), {@code reportYear}, {@code year}, {@code value}; a leading {@code -} for descending. */
    public static TargetOrder parse(String sort) {
        if (sort == null || sort.isBlank()) {
            return DEFAULT;
        }
        String s = sort.strip();
        boolean descending = s.startsWith("-");
        String name = descending ? s.substring(1) : s;
        for (Key key : Key.values()) {
            if (key.param.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return new TargetOrder(key, descending);
            }
        }
        throw new BadRequestException("sort", "sort is one of " + Arrays.stream(Key.values()).map(k -> k.param)
                .collect(Collectors.joining(", ")) + ", with a leading - for descending");
    }

    /** Compares two keys in this order; a missing key (null) comes after every present one. */
    @SuppressWarnings("unchecked")
    int compareKeys(Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        int c = ((Comparable<Object>) a).compareTo(b);
        return descending ? -c : c;
    }

    /** The order of rows: key, then report id, then position. */
    Comparator<RankedRow> rows() {
        return (a, b) -> {
            int c = compareKeys(a.key(), b.key());
            if (c != 0) {
                return c;
            }
            c = a.row().reportId().compareTo(b.row().reportId());
            return c != 0 ? c : Integer.compare(a.row().position(), b.row().position());
        };
    }

    @Override
    public String toString() {
        return (descending ? "-" : "") + key.param;
    }
}
