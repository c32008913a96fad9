package org.baogao.analysis.header;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Full dates as Chinese documents write them: 2021-01-25, 2021/1/25, 2021.01.25, 2021年1月25日. */
public final class DateExpressions {
    /** A full date; group 1 year, 2 month, 3 day. */
    public static final Pattern FULL_DATE =
            Pattern.compile("((?:19|20)\\d{2})\\s*(?:年|-|/|\\.)\\s*(\\d{1,2})\\s*(?:月|-|/|\\.)\\s*(\\d{1,2})(?:日|号)?");

    /** The first full date in {@code s}. */
    public static Optional<LocalDate> first(String s) {
        if (s == null) {
            return Optional.empty();
        }
        Matcher m = FULL_DATE.matcher(s);
        while (m.find()) {
            Optional<LocalDate> d = of(m);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /** The date a {@link #FULL_DATE} match denotes, if it is a real calendar date. */
    public static Optional<LocalDate> of(Matcher m) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private DateExpressions() {
    }
}
