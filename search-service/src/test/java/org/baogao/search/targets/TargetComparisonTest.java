package org.baogao.search.targets;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TargetComparisonTest {

    static TargetRow row(String report, String region, String code, int reportYear, String kind, int year, Double value,
                         String unit) {
        return new TargetRow(report, new TargetRow.Source(report + ".txt"), region, region.equals("常州市") ? "320400" : "320404",
                year, reportYear, "gdp", "地区生产总值", value, null, null, unit, "approx", kind, "地区生产总值增长" + value + unit, 0,
                10, 20, null, "今年地区生产总值增长" + value + unit + "。", TargetRow.link(report, 8, 21));
    }

    @Test
    void setsEachYearsTargetBesideTheResultReportedTheYearAfter() {
        List<TargetRow> rows = List.of(
                row("cz21", "常州市", "gdp", 2021, "target", 2021, 7.0, "%"),
                row("cz21", "常州市", "gdp", 2021, "achievement", 2020, 3.7, "%"),
                row("cz22", "常州市", "gdp", 2022, "achievement", 2021, 9.1, "%"),
                row("cz22", "常州市", "gdp", 2022, "target", 2022, 7.5, "%"),
                // an amount, not a rate: never compared with the rates
                row("cz22", "常州市", "gdp", 2022, "achievement", 2021, 8.8e11, "元"),
                row("zl21", "钟楼区", "gdp", 2021, "target", 2021, 6.5, "%"));
        TargetComparison c = TargetComparison.of("gdp", null, 2020, 2022, rows);
        assertThat(c.unit()).isEqualTo("%");
        assertThat(c.years()).containsExactly(2020, 2021, 2022);
        assertThat(c.regions()).extracting(TargetComparison.RegionRow::region).containsExactly("常州市", "钟楼区");
        TargetComparison.RegionRow changzhou = c.regions().get(0);
        assertThat(changzhou.cells().get(0).target()).isNull();
        assertThat(changzhou.cells().get(0).achievement().value()).isEqualTo(3.7);
        assertThat(changzhou.cells().get(1).target().value()).isEqualTo(7.0);
        assertThat(changzhou.cells().get(1).achievement().value()).isEqualTo(9.1);
        assertThat(changzhou.cells().get(1).achievement().reportYear()).isEqualTo(2022);
        assertThat(changzhou.cells().get(2).achievement()).isNull();
        assertThat(c.regions().get(1).cells().get(1).target().value()).isEqualTo(6.5);
    }

    @Test
    void aRequestedUnitWins() {
        List<TargetRow> rows = List.of(
                row("cz22", "常州市", "gdp", 2022, "achievement", 2021, 9.1, "%"),
                row("cz22", "常州市", "gdp", 2022, "achievement", 2021, 8.8e11, "元"));
        TargetComparison c = TargetComparison.of("gdp", "元", null, null, rows);
        assertThat(c.years()).containsExactly(2021);
        assertThat(c.regions().get(0).cells().get(0).achievement().value()).isEqualTo(8.8e11);
    }

    @Test
    void whenTwoReportsStateTheSameYearTheReportOfThatYearIsPreferredForTargets() {
        List<TargetRow> rows = List.of(
                row("plan20", "常州市", "gdp", 2020, "target", 2021, 6.0, "%"),
                row("cz21", "常州市", "gdp", 2021, "target", 2021, 7.0, "%"));
        TargetComparison c = TargetComparison.of("gdp", null, null, null, rows);
        assertThat(c.regions().get(0).cells().get(0).target().reportId()).isEqualTo("cz21");
    }

    @Test
    void csvQuotesTextAndDefusesFormulas() {
        TargetRow r = new TargetRow("id", new TargetRow.Source("=cmd.txt"), "常州市", "320400", 2021, 2021, "gdp",
                "地区生产总值", 7.0, null, null, "%", "approx", "target", "增长7%左右, 力争\"更好\"", 3, 3, 20, 4,
                "全年增长7%左右, 力争\"更好\"。", TargetRow.link("id", 1, 21));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (TargetCsv writer = new TargetCsv(out, "http://127.0.0.1:8080")) {
            writer.row(r);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        String csv = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF" + TargetCsv.HEADER + "\r\n");
        assertThat(csv).contains(",'=cmd.txt,").contains(",7,")
                .endsWith(",\"增长7%左右, 力争\"\"更好\"\"\",3,4,\"全年增长7%左右, 力争\"\"更好\"\"。\",http://127.0.0.1:8080/#/report/id?at=1-21\r\n");
    }
}
