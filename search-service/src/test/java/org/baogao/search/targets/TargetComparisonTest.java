package org.baogao.search.targets;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TargetComparisonTest {

    /** The statement Elasticsearch chose for a region, kind and year. */
    static TargetComparison.Choice chosen(String report, String region, int reportYear, String kind, int year, Double value,
                                          String unit) {
        TargetComparison.Statement statement = new TargetComparison.Statement(value, null, null, "approx", report, reportYear,
                "地区生产总值增长" + value + unit, null, "今年地区生产总值增长" + value + unit + "。", TargetRow.link(report, 8, 21));
        return new TargetComparison.Choice(region, region.equals("常州市") ? "320400" : "320404", kind, year, statement);
    }

    @Test
    void setsEachYearsTargetBesideTheResultReportedTheYearAfter() {
        List<TargetComparison.Choice> chosen = List.of(
                chosen("cz21", "钟楼区", 2021, "target", 2021, 6.5, "%"),
                chosen("cz21", "常州市", 2021, "target", 2021, 7.0, "%"),
                chosen("cz21", "常州市", 2021, "achievement", 2020, 3.7, "%"),
                chosen("cz22", "常州市", 2022, "achievement", 2021, 9.1, "%"),
                chosen("cz22", "常州市", 2022, "target", 2022, 7.5, "%"));
        TargetComparison c = TargetComparison.of("gdp", "地区生产总值", "%", 2020, 2022, chosen);
        assertThat(c.unit()).isEqualTo("%");
        assertThat(c.years()).containsExactly(2020, 2021, 2022);
        // rows by region code
        assertThat(c.regions()).extracting(TargetComparison.RegionRow::region).containsExactly("常州市", "钟楼区");
        TargetComparison.RegionRow changzhou = c.regions().get(0);
        assertThat(changzhou.regionCode()).isEqualTo("320400");
        assertThat(changzhou.cells().get(0).target()).isNull();
        assertThat(changzhou.cells().get(0).achievement().value()).isEqualTo(3.7);
        assertThat(changzhou.cells().get(1).target().value()).isEqualTo(7.0);
        assertThat(changzhou.cells().get(1).achievement().value()).isEqualTo(9.1);
        assertThat(changzhou.cells().get(1).achievement().reportYear()).isEqualTo(2022);
        assertThat(changzhou.cells().get(2).achievement()).isNull();
        assertThat(c.regions().get(1).cells().get(1).target().value()).isEqualTo(6.5);
    }

    @Test
    void withoutBothBoundsTheColumnsAreTheYearsStated() {
        List<TargetComparison.Choice> chosen = List.of(
                chosen("cz22", "常州市", 2022, "achievement", 2021, 9.1, "%"),
                chosen("cz19", "常州市", 2019, "target", 2019, 6.5, "%"));
        assertThat(TargetComparison.of("gdp", null, "%", null, null, chosen).years()).containsExactly(2019, 2021);
        assertThat(TargetComparison.of("gdp", null, "%", 2020, null, chosen).years()).containsExactly(2021);
        assertThat(TargetComparison.of("gdp", null, "%", 2020, 2020, List.of()).regions()).isEmpty();
    }

    @Test
    void theMostFrequentUnitWinsAndTiesGoToTheFirstInOrder() {
        assertThat(TargetComparison.mostFrequentUnit(Map.of("%", 5L, "亿元", 2L, "", 9L))).isEqualTo("%");
        assertThat(TargetComparison.mostFrequentUnit(Map.of("万人", 3L, "%", 3L))).isEqualTo("%");
        assertThat(TargetComparison.mostFrequentUnit(Map.of("", 3L))).isNull();
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
