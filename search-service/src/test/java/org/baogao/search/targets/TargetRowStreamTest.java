package org.baogao.search.targets;

import co.elastic.clients.elasticsearch._types.FieldValue;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The merge of reports into rows, over reports held in a list that answers like Elasticsearch does (the end-to-end
 * tests run it against Elasticsearch): pages joined up give every row exactly once, in order, whatever the page
 * size, with ties, rows without the key, and reports with more rows than one answer holds.
 */
class TargetRowStreamTest {

    /** A report: its id, the key it has itself (for report-level orders) and its rows' keys (null: no key). */
    record Report(String id, Double reportKey, List<Double> rowKeys) {
    }

    @Test
    void pagesJoinUpToEveryRowInOrderForKeysOnTheTarget() {
        Random random = new Random(7);
        List<Report> reports = randomReports(random, 60);
        for (boolean descending : new boolean[]{false, true}) {
            TargetOrder order = new TargetOrder(TargetOrder.Key.VALUE, descending);
            for (int pageSize : new int[]{1, 3, 7, 50, 1000}) {
                assertThat(readInPages(reports, order, pageSize)).as("%s, pages of %d", order, pageSize)
                        .containsExactlyElementsOf(expected(reports, order));
            }
        }
    }

    @Test
    void pagesJoinUpToEveryRowInOrderForKeysOnTheReport() {
        Random random = new Random(11);
        List<Report> reports = randomReports(random, 40);
        for (boolean descending : new boolean[]{false, true}) {
            TargetOrder order = new TargetOrder(TargetOrder.Key.REPORT_YEAR, descending);
            for (int pageSize : new int[]{1, 4, 33, 1000}) {
                assertThat(readInPages(reports, order, pageSize)).as("%s, pages of %d", order, pageSize)
                        .containsExactlyElementsOf(expected(reports, order));
            }
        }
    }

    @Test
    void aReportWithFarApartRowsIsMergedWithTheOthers() {
        // a has 3 and 9, b has 5: the order is a3, b5, a9, not a3, a9, b5
        List<Report> reports = List.of(new Report("a", null, List.of(9.0, 3.0)), new Report("b", null, List.of(5.0)));
        TargetOrder order = new TargetOrder(TargetOrder.Key.VALUE, false);
        assertThat(readInPages(reports, order, 10)).containsExactly("a/1", "b/0", "a/0");
        assertThat(readInPages(reports, order, 1)).containsExactly("a/1", "b/0", "a/0");
    }

    private static List<Report> randomReports(Random random, int count) {
        List<Report> reports = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            // a few reports with more rows than one answer holds (TargetRowStream.MAX_BATCH)
            int rows = i % 17 == 0 ? 150 + random.nextInt(100) : random.nextInt(6);
            List<Double> keys = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                keys.add(random.nextInt(8) == 0 ? null : (double) random.nextInt(12)); // many ties, some missing
            }
            Double reportKey = random.nextInt(6) == 0 ? null : (double) (2015 + random.nextInt(5));
            reports.add(new Report("r%03d".formatted(random.nextInt(1000) * 100 + i), reportKey, keys));
        }
        return reports;
    }

    private static List<String> readInPages(List<Report> reports, TargetOrder order, int pageSize) {
        ListSource source = new ListSource(reports, order);
        List<String> all = new ArrayList<>();
        TargetCursor cursor = null;
        for (int pages = 0; pages < 100_000; pages++) {
            TargetRowStream stream = new TargetRowStream(order, cursor, source, pageSize);
            RankedRow last = null;
            int taken = 0;
            while (taken < pageSize && stream.hasNext()) {
                last = stream.next();
                all.add(last.reportId() + "/" + last.position());
                taken++;
            }
            if (last == null || !stream.hasNext()) {
                return all;
            }
            // through the token, as a client would hand it back
            cursor = TargetCursor.decode(TargetCursor.after(order, last).encode(), order);
        }
        throw new AssertionError("no end");
    }

    private static List<String> expected(List<Report> reports, TargetOrder order) {
        return allRows(reports, order).stream().sorted(order.rows()).map(r -> r.reportId() + "/" + r.position()).toList();
    }

    private static List<RankedRow> allRows(List<Report> reports, TargetOrder order) {
        List<RankedRow> rows = new ArrayList<>();
        for (Report report : reports) {
            for (int p = 0; p < report.rowKeys().size(); p++) {
                rows.add(ranked(report, p, order));
            }
        }
        return rows;
    }

    private static RankedRow ranked(Report report, int position, TargetOrder order) {
        TargetRow row = new TargetRow(report.id(), new TargetRow.Source(report.id()), null, null, null, null, "gdp", null,
                null, null, null, null, null, "target", null, position, null, null, null, null, null);
        return new RankedRow(row, order.key().onTarget ? report.rowKeys().get(position) : report.reportKey());
    }

    /** Answers like {@link TargetSearch}'s requests: zone conditions, report sort, inner hits sorted and cut. */
    private static final class ListSource implements TargetRowStream.Source {
        private final List<Report> reports;
        private final TargetOrder order;

        ListSource(List<Report> reports, TargetOrder order) {
            this.reports = reports;
            this.order = order;
        }

        private boolean inZone(TargetRowStream.Zone zone, RankedRow row) {
            return switch (zone.kind()) {
                case TIED -> row.key() != null && row.key().equals(zone.key());
                case MISSING -> row.key() == null;
                case BEYOND -> row.key() != null && (zone.key() == null || order.compareKeys(row.key(), zone.key()) > 0);
            };
        }

        private Comparator<RankedRow> rowSort(TargetRowStream.Zone zone) {
            Comparator<RankedRow> byPosition = Comparator.comparingInt(RankedRow::position);
            return order.key().onTarget && zone.kind() == TargetRowStream.ZoneKind.BEYOND
                    ? ((Comparator<RankedRow>) (a, b) -> order.compareKeys(a.key(), b.key())).thenComparing(byPosition)
                    : byPosition;
        }

        private List<RankedRow> zoneRows(TargetRowStream.Zone zone, Report report) {
            List<RankedRow> rows = new ArrayList<>();
            for (int p = 0; p < report.rowKeys().size(); p++) {
                RankedRow row = ranked(report, p, order);
                if (inZone(zone, row)) {
                    rows.add(row);
                }
            }
            rows.sort(rowSort(zone));
            return rows;
        }

        @Override
        public List<TargetRowStream.ReportRows> reports(TargetRowStream.Zone zone, List<FieldValue> searchAfter,
                                                        int count, int rowsPerReport) {
            List<TargetRowStream.ReportRows> all = new ArrayList<>();
            for (Report report : reports) {
                if (zone.after() != null && report.id().compareTo(zone.after().reportId()) < 0) {
                    continue;
                }
                List<RankedRow> rows = zoneRows(zone, report);
                if (rows.isEmpty()) {
                    continue;
                }
                Object sortKey = zone.kind() == TargetRowStream.ZoneKind.BEYOND ? rows.get(0).key() : zone.key();
                all.add(new TargetRowStream.ReportRows(report.id(), sortKey, List.of(FieldValue.of(report.id())), rows,
                        false));
            }
            all.sort(Comparator.comparing(TargetRowStream.ReportRows::sortKey, order::compareKeys)
                    .thenComparing(TargetRowStream.ReportRows::reportId));
            int start = 0;
            if (searchAfter != null) {
                String afterId = searchAfter.get(0).stringValue();
                while (start < all.size() && !all.get(start).reportId().equals(afterId)) {
                    start++;
                }
                start++;
            }
            List<TargetRowStream.ReportRows> answer = new ArrayList<>();
            for (int i = start; i < Math.min(all.size(), start + count); i++) {
                answer.add(cut(all.get(i), rowsPerReport));
            }
            return answer;
        }

        @Override
        public TargetRowStream.ReportRows rowsAfter(TargetRowStream.Zone zone, RankedRow last, int rows) {
            Report report = reports.stream().filter(r -> r.id().equals(last.reportId())).findFirst().orElseThrow();
            Comparator<RankedRow> sort = rowSort(zone);
            List<RankedRow> after = zoneRows(zone, report).stream().filter(r -> sort.compare(r, last) > 0).toList();
            return cut(new TargetRowStream.ReportRows(report.id(), last.key(), List.of(), after, false), rows);
        }

        private static TargetRowStream.ReportRows cut(TargetRowStream.ReportRows report, int rows) {
            List<RankedRow> kept = report.rows().subList(0, Math.min(rows, report.rows().size()));
            return new TargetRowStream.ReportRows(report.reportId(), report.sortKey(), report.sortValues(), List.copyOf(kept),
                    report.rows().size() > rows);
        }
    }
}
