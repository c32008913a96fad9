package org.baogao.search.targets;

import co.elastic.clients.elasticsearch._types.FieldValue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

/**
 * Target rows in one {@link TargetOrder}, read lazily from reports: row order across reports although
 * Elasticsearch hands out reports (each with its nested targets as inner hits), not rows.
 *
 * <p>The rows after a cursor fall into three zones, read one after the other: rows whose key equals the
 * cursor's and that come after it (reports by id), rows whose key lies beyond the cursor's (or every row with a
 * key, without a cursor), then rows without the key (reports by id). Within the zone of keys beyond, a report's
 * rows can be far apart in the order (a report with 3 and 9 comes before one with 5), so reports come sorted by
 * their first row in the zone (Elasticsearch's nested sort, min for ascending, max for descending) and rows are
 * merged: a row is handed out once it comes before the next report's first row, which no later report can
 * precede. A report with more rows than one inner-hits answer holds is read on when its last row read is handed
 * out. Memory is bounded by the reports of one answer, never by the number of rows.
 */
final class TargetRowStream implements Iterator<RankedRow> {
    /** Most reports per request, and most rows of one report per request (Elasticsearch's inner-hits window). */
    static final int MAX_BATCH = 100;
    /**
     * Most rows per report in a request for reports: most reports have a few matching targets, and a report with
     * more is read on only when its rows are reached (listing all targets sorted by value reads 20 of each report's
     * 50 at first, not all of them).
     */
    static final int FIRST_ROWS_PER_REPORT = 20;

    /** What rows a zone holds. */
    enum ZoneKind { TIED, BEYOND, MISSING }

    /**
     * @param kind  which zone
     * @param key   the cursor's key ({@code TIED}: rows with it; {@code BEYOND}: rows after it, null for all)
     * @param after rows of {@code TIED} and {@code MISSING} come after this row, null for all
     */
    record Zone(ZoneKind kind, Object key, TargetCursor after) {
    }

    /**
     * One report of a zone with its first rows in the zone.
     *
     * @param sortKey    where the report's first row in the zone stands: its key
     * @param sortValues Elasticsearch's sort values of the report, for {@code search_after}
     * @param more       whether the report has rows in the zone after the last one here
     */
    record ReportRows(String reportId, Object sortKey, List<FieldValue> sortValues, List<RankedRow> rows, boolean more) {
    }

    /** Where the rows come from: Elasticsearch ({@link TargetSearch}) or, in tests, a list. */
    interface Source {
        /** Reports with rows in the zone, in report order, after {@code searchAfter} (null: from the first). */
        List<ReportRows> reports(Zone zone, List<FieldValue> searchAfter, int reports, int rowsPerReport) throws IOException;

        /** Rows of the report in the zone after {@code last}, in row order, at most {@code rows}; {@code more} as above. */
        ReportRows rowsAfter(Zone zone, RankedRow last, int rows) throws IOException;
    }

    private record Entry(RankedRow row, boolean lastRead) {
    }

    private final Comparator<RankedRow> rowOrder;
    private final Source source;
    private final Deque<Zone> zones;
    private final long wanted;
    private long handedOut;

    private Zone zone;
    private PriorityQueue<Entry> heap;
    private final Deque<ReportRows> fetched = new ArrayDeque<>();
    private List<FieldValue> searchAfter;
    private boolean zoneExhausted;
    private RankedRow peeked;

    /**
     * @param wanted how many rows the caller expects to take (a page, or {@code Long.MAX_VALUE} for all); sizes the requests
     */
    TargetRowStream(TargetOrder order, TargetCursor cursor, Source source, long wanted) {
        this.rowOrder = order.rows();
        this.source = source;
        this.wanted = wanted;
        this.zones = new ArrayDeque<>();
        if (cursor == null) {
            zones.add(new Zone(ZoneKind.BEYOND, null, null));
            zones.add(new Zone(ZoneKind.MISSING, null, null));
        } else if (cursor.key() != null) {
            zones.add(new Zone(ZoneKind.TIED, cursor.key(), cursor));
            zones.add(new Zone(ZoneKind.BEYOND, cursor.key(), null));
            zones.add(new Zone(ZoneKind.MISSING, null, null));
        } else {
            zones.add(new Zone(ZoneKind.MISSING, null, cursor));
        }
    }

    @Override
    public boolean hasNext() {
        if (peeked == null) {
            peeked = advance();
        }
        return peeked != null;
    }

    @Override
    public RankedRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        RankedRow row = peeked;
        peeked = null;
        handedOut++;
        return row;
    }

    private RankedRow advance() {
        try {
            while (true) {
                if (zone == null) {
                    if (zones.isEmpty()) {
                        return null;
                    }
                    openZone(zones.poll());
                }
                RankedRow row = nextInZone();
                if (row != null) {
                    return row;
                }
                zone = null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void openZone(Zone next) {
        zone = next;
        heap = new PriorityQueue<>((a, b) -> rowOrder.compare(a.row(), b.row()));
        fetched.clear();
        searchAfter = null;
        zoneExhausted = false;
    }

    private RankedRow nextInZone() throws IOException {
        while (true) {
            if (fetched.isEmpty() && !zoneExhausted) {
                fetchReports();
            }
            ReportRows nextReport = fetched.peek();
            if (nextReport == null) {
                return heap.isEmpty() ? null : pop();
            }
            if (!heap.isEmpty() && rowOrder.compare(heap.peek().row(), firstPlaceOf(nextReport)) < 0) {
                return pop();
            }
            push(fetched.poll());
        }
    }

    private void fetchReports() throws IOException {
        int batch = batchSize();
        List<ReportRows> reports = source.reports(zone, searchAfter, batch, Math.min(batch, FIRST_ROWS_PER_REPORT));
        fetched.addAll(reports);
        if (reports.size() < batch) {
            zoneExhausted = true;
        } else {
            searchAfter = reports.get(reports.size() - 1).sortValues();
        }
    }

    /** One more than the rows still wanted (the next page's first row tells whether there is one), at most {@link #MAX_BATCH}. */
    private int batchSize() {
        long remaining = Math.max(0, wanted - handedOut) + 1;
        return (int) Math.min(MAX_BATCH, Math.max(2, remaining));
    }

    /** The earliest place any row of the report can have: its sort key, its id, before its first position. */
    private static RankedRow firstPlaceOf(ReportRows report) {
        TargetRow marker = new TargetRow(report.reportId(), null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, -1, null, null, null, null, null);
        return new RankedRow(marker, report.sortKey());
    }

    private void push(ReportRows report) {
        List<RankedRow> rows = report.rows();
        for (int i = 0; i < rows.size(); i++) {
            RankedRow row = rows.get(i);
            boolean lastRead = report.more() && i == rows.size() - 1;
            if (lastRead || !alreadyHandedOut(row)) {
                heap.add(new Entry(row, lastRead));
            }
        }
    }

    /** Rows of the cursor's own zone up to the cursor were on earlier pages. */
    private boolean alreadyHandedOut(RankedRow row) {
        TargetCursor after = zone.after();
        if (after == null) {
            return false;
        }
        int c = row.reportId().compareTo(after.reportId());
        return c < 0 || c == 0 && row.position() <= after.position();
    }

    private RankedRow pop() throws IOException {
        Entry entry = heap.poll();
        if (entry.lastRead()) {
            ReportRows more = source.rowsAfter(zone, entry.row(), batchSize());
            push(more);
            if (alreadyHandedOut(entry.row())) {
                // kept only to read on from it; it was on an earlier page
                return nextInZone();
            }
        }
        return entry.row();
    }
}
