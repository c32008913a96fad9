package org.baogao.search.targets;

import java.util.List;

/** Target rows as CSV (RFC 4180), with a byte-order mark so spreadsheet programs read the Chinese text as UTF-8. */
final class TargetCsv {
    static final String HEADER = "reportId,source,region,regionCode,year,reportYear,code,indicator,kind,value,min,max,unit,comparator,text";

    static String write(List<TargetRow> rows) {
        StringBuilder out = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
        for (TargetRow r : rows) {
            out.append(String.join(",", cell(r.reportId()), cell(r.source().name()), cell(r.region()), cell(r.regionCode()),
                    cell(r.year()), cell(r.reportYear()), cell(r.code()), cell(r.indicator()), cell(r.kind()),
                    cell(r.value()), cell(r.min()), cell(r.max()), cell(r.unit()), cell(r.comparator()), cell(r.text())))
                    .append("\r\n");
        }
        return out.toString();
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

    private TargetCsv() {
    }
}
