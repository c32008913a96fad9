package org.baogao.search.targets;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Target rows as CSV (RFC 4180), with a byte-order mark so spreadsheet programs read the Chinese text as UTF-8.
 * Rows are written as they come; nothing but the writer's buffer is held.
 */
final class TargetCsv implements AutoCloseable {
    static final String HEADER = "reportId,source,region,regionCode,year,reportYear,code,indicator,kind,value,min,max,unit,comparator,text,position,page,sentence,link";

    private final Writer out;
    private final String baseUrl;

    /** @param baseUrl where the service answers (e.g. {@code http://127.0.0.1:8080}), so links open from a spreadsheet */
    TargetCsv(OutputStream stream, String baseUrl) {
        this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        this.baseUrl = baseUrl;
        write("\uFEFF" + HEADER + "\r\n");
    }

    void row(TargetRow r) {
        write(String.join(",", cell(r.reportId()), cell(r.source().name()), cell(r.region()), cell(r.regionCode()),
                cell(r.year()), cell(r.reportYear()), cell(r.code()), cell(r.indicator()), cell(r.kind()),
                cell(r.value()), cell(r.min()), cell(r.max()), cell(r.unit()), cell(r.comparator()), cell(r.text()),
                cell(r.position()), cell(r.page()), cell(r.sentence()), cell(baseUrl + r.link())) + "\r\n");
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }

    private void write(String s) {
        try {
            out.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final String CHANGES_HEADER = "region,regionCode,code,indicator,unit,year,target,previousYear,previousTarget,"
            + "previousAchievement,difference,change,targetSentence,targetLink,previousTargetSentence,previousTargetLink,"
            + "previousAchievementSentence,previousAchievementLink";

    /** One line per region of {@link TargetChanges}; values as stated ({@code 6-6.5} for a range). */
    static String write(TargetChanges changes, String baseUrl) {
        StringBuilder out = new StringBuilder("\uFEFF").append(CHANGES_HEADER).append("\r\n");
        for (TargetChanges.RegionChange r : changes.regions()) {
            out.append(String.join(",", cell(r.region()), cell(r.regionCode()), cell(changes.code()), cell(changes.indicator()),
                    cell(changes.unit()), cell(changes.year()), stated(r.target()), cell(changes.previousYear()),
                    stated(r.previousTarget()), stated(r.previousAchievement()), cell(r.difference()), cell(r.change().value()),
                    sentence(r.target()), link(r.target(), baseUrl), sentence(r.previousTarget()), link(r.previousTarget(), baseUrl),
                    sentence(r.previousAchievement()), link(r.previousAchievement(), baseUrl)))
                    .append("\r\n");
        }
        return out.toString();
    }

    private static String stated(TargetComparison.Statement s) {
        if (s == null) {
            return "";
        }
        return s.value() != null ? cell(s.value()) : cell(cell(s.min()) + "-" + cell(s.max()));
    }

    private static String sentence(TargetComparison.Statement s) {
        return s == null ? "" : cell(s.sentence() != null ? s.sentence() : s.text());
    }

    private static String link(TargetComparison.Statement s, String baseUrl) {
        return s == null || s.link() == null ? "" : cell(baseUrl + s.link());
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String s = value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15
                ? Long.toString(d.longValue()) : value.toString();
        // A leading =, +, - or @ would be a formula in a spreadsheet; quote-prefix it.
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !(value instanceof Number)) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            s = "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
