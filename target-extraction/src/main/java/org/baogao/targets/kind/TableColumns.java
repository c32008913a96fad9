package org.baogao.targets.kind;

import org.baogao.contracts.Target;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tables laid out in text (a report's list of indicators with last year's result beside this year's target, as
 * saved from a web page or a PDF): the column a number stands in says what it is. A header row names its columns
 * (指标名称 2023年完成 2024年目标); the rows under it, cells separated by runs of spaces, take each column's kind.
 * A column is an achievement when its header names a past year or a result (完成, 实际, 实绩), a target when it names
 * the report's year or a goal (目标, 预期, 计划). Rows without such a header are left to the other evidence.
 */
public final class TableColumns {

    /**
     * Cells: whitespace between them. Chinese prose puts no space between words, so in a row under a header that names
     * its columns even one space (what a tab became in cleaning) separates cells.
     */
    private static final Pattern CELL_GAP = Pattern.compile("[ \\t\\u3000]+");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})年?");
    private static final Pattern RESULT = Pattern.compile("完成|实际|实绩|执行|预计");
    private static final Pattern GOAL = Pattern.compile("目标|预期|计划|安排");

    /** One table row: its span in the text, where each cell starts, and the kind of each column (null: unknown). */
    private record Row(int start, int end, int[] cellStarts, Kind[] kinds, int labelCell, String labelUnit) {
        int cellEnd(String text, int c) {
            int e = c + 1 < cellStarts.length ? cellStarts[c + 1] : end;
            while (e > cellStarts[c] && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            return e;
        }
    }

    /**
     * A number in a cell whose unit only the row's label gives (地区生产总值增长（%） 4.9 6左右): where it is, the
     * label without the unit, the cell written with the unit after its number (6%左右), and the column's kind.
     *
     * @param start     where the cell starts in the text
     * @param end       where it ends
     * @param rowStart  where its row starts
     * @param rowEnd    where its row ends
     * @param label     the row's label without the unit (地区生产总值增长)
     * @param withUnit  the cell's words with the label's unit after the number (6%左右, 5.5万人以上)
     * @param kind      the column's kind
     */
    public record UnitInLabel(int start, int end, int rowStart, int rowEnd, String label, String withUnit, Kind kind) {
    }

    /** A unit in brackets at the end of a row label: （%）, (亿元), （万人）. */
    private static final Pattern LABEL_UNIT = Pattern.compile("[（(]([^()（）\\d]{1,6})[)）]\\s*$");
    /** A cell that is a bare number, perhaps with a comparator word or a range: 6左右, 5.5以上, 6-6.5, -3.2. */
    private static final Pattern BARE_NUMBER = Pattern.compile("^(\\d+(?:\\.\\d+)?(?:\\s*[-—~至]\\s*\\d+(?:\\.\\d+)?)?)(\\D{0,4})$");

    private final List<Row> rows;

    private TableColumns(List<Row> rows) {
        this.rows = rows;
    }

    /** A header row: the kind of each column, and which column gives the unit (单位), -1 if none. */
    private record Header(Kind[] kinds, int unitColumn) {
    }

    /** A column of units: 单位, 计量单位. */
    private static final Pattern UNIT_COLUMN = Pattern.compile("(?:计量)?单位");
    /** What a unit cell holds: a short unit word (%, 万人, 亿斤, 亿美元), no digits. */
    private static final Pattern UNIT_CELL = Pattern.compile("[^\\d\\s]{1,6}");

    public static TableColumns of(String text, Integer reportYear) {
        List<Row> rows = new ArrayList<>();
        Header header = null;
        int i = 0;
        while (i < text.length()) {
            int nl = text.indexOf('\n', i);
            int end = nl < 0 ? text.length() : nl;
            int[] cells = cellStarts(text, i, end);
            if (cells.length < 3) {
                header = null; // the table ended
            } else {
                Header named = header(text, cells, end, reportYear);
                if (named != null) {
                    header = named;
                } else if (header != null && cells.length == header.kinds().length) {
                    rows.add(row(text, i, end, cells, header));
                }
            }
            if (nl < 0) {
                break;
            }
            i = nl + 1;
        }
        return new TableColumns(rows);
    }

    /**
     * A row under a header: its unit from a unit column (1   城镇新增就业   万人   1.02   1.05, the label in the cell
     * before it) or from brackets closing the label in the first cell (地区生产总值增长（%）   4.9   6左右).
     */
    private static Row row(String text, int start, int end, int[] cells, Header header) {
        int u = header.unitColumn();
        if (u > 0) {
            String unit = text.substring(cells[u], u + 1 < cells.length ? cells[u + 1] : end).strip();
            if (UNIT_CELL.matcher(unit).matches()) {
                return new Row(start, end, cells, header.kinds(), u - 1, unit);
            }
        }
        Matcher unit = LABEL_UNIT.matcher(text.substring(cells[0], cells[1]).strip());
        return new Row(start, end, cells, header.kinds(), 0, unit.find() ? unit.group(1) : null);
    }

    /** True if {@code offset} is in a table row whose label gives the unit of its numbers. */
    public boolean labelsUnit(int offset) {
        for (Row r : rows) {
            if (offset >= r.start() && offset < r.end()) {
                return r.labelUnit() != null;
            }
        }
        return false;
    }

    /** The numbers of the tables that take their unit from the row's label, in text order. */
    public List<UnitInLabel> unitsInLabels(String text) {
        List<UnitInLabel> out = new ArrayList<>();
        for (Row r : rows) {
            if (r.labelUnit() == null) {
                continue;
            }
            String label = text.substring(r.cellStarts()[r.labelCell()], r.cellEnd(text, r.labelCell()));
            Matcher inBrackets = LABEL_UNIT.matcher(label);
            String name = inBrackets.find() ? label.substring(0, inBrackets.start()).strip() : label.strip();
            for (int c = r.labelCell() + 1; c < r.cellStarts().length; c++) {
                String written = text.substring(r.cellStarts()[c], r.cellEnd(text, c));
                Matcher cell = BARE_NUMBER.matcher(written.startsWith("-") ? written.substring(1) : written);
                if (r.kinds()[c] != null && cell.matches() && !written.startsWith("-")) {
                    // a fall (-3.2) is read as written: a negative growth is no target's value
                    out.add(new UnitInLabel(r.cellStarts()[c], r.cellEnd(text, c), r.start(), r.end(),
                            name, cell.group(1) + r.labelUnit() + cell.group(2), r.kinds()[c]));
                }
            }
        }
        return out;
    }

    /** The kind of a number at {@code offset}, if it stands in a column whose header says. */
    public Kind at(int offset) {
        for (Row r : rows) {
            if (offset >= r.start() && offset < r.end()) {
                int column = 0;
                for (int c = 0; c < r.cellStarts().length; c++) {
                    if (r.cellStarts()[c] <= offset) {
                        column = c;
                    }
                }
                return r.kinds()[column];
            }
        }
        return null;
    }

    private static int[] cellStarts(String text, int start, int end) {
        List<Integer> starts = new ArrayList<>();
        int s = start;
        while (s < end && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        if (s >= end) {
            return new int[0];
        }
        starts.add(s);
        Matcher gap = CELL_GAP.matcher(text).region(s, end);
        while (gap.find()) {
            if (gap.end() < end) {
                starts.add(gap.end());
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The header a row is, or null if it is none (no column names a year or goal). */
    private static Header header(String text, int[] cells, int end, Integer reportYear) {
        Kind[] kinds = headerKinds(text, cells, end, reportYear);
        if (kinds == null) {
            return null;
        }
        int unitColumn = -1;
        for (int c = 1; c < cells.length; c++) {
            if (UNIT_COLUMN.matcher(text.substring(cells[c], c + 1 < cells.length ? cells[c + 1] : end).strip()).matches()) {
                unitColumn = c;
            }
        }
        return new Header(kinds, unitColumn);
    }

    /** The kinds a header row gives its columns, or null if the row is not a header (no column names a year or goal). */
    private static Kind[] headerKinds(String text, int[] cells, int end, Integer reportYear) {
        Kind[] kinds = new Kind[cells.length];
        boolean any = false;
        for (int c = 0; c < cells.length; c++) {
            String cell = text.substring(cells[c], c + 1 < cells.length ? cells[c + 1] : end).strip();
            if (cell.matches(".*\\d+(?:\\.\\d+)?\\s*(?:%|万|亿|元).*")) {
                return null; // a row of values, not of names
            }
            Matcher y = YEAR.matcher(cell);
            Integer year = y.find() ? Integer.valueOf(y.group(1)) : null;
            String basis = "table:" + cell;
            if (RESULT.matcher(cell).find() || year != null && reportYear != null && year < reportYear) {
                kinds[c] = new Kind(Target.ACHIEVEMENT, year != null ? year : reportYear == null ? null : reportYear - 1,
                        null, basis);
                any = true;
            } else if (GOAL.matcher(cell).find() || year != null && year.equals(reportYear)) {
                kinds[c] = new Kind(Target.TARGET, reportYear, null, basis);
                any = true;
            }
        }
        return any ? kinds : null;
    }
}
