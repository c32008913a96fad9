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
    static final String HEADER = "reportId,source,region,regionCode,year,reportYear,code,indicator,kind,value,min,max,unit,comparator,text,position";

    private final Writer out;

    TargetCsv(OutputStream stream) {
        this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        write("\uFEFF" + HEADER + "\r\n");
    }

    void row(TargetRow r) {
        write(String.join(",", cell(r.reportId()), cell(r.source().name()), cell(r.region()), cell(r.regionCode()),
                cell(r.year()), cell(r.reportYear()), cell(r.code()), cell(r.indicator()), cell(r.kind()),
                cell(r.value()), cell(r.min()), cell(r.max()), cell(r.unit()), cell(r.comparator()), cell(r.text()),
                cell(r.position())) + "\r\n");
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
