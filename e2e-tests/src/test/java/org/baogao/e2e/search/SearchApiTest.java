package org.baogao.e2e.search;

import org.baogao.contracts.EnrichedReport;
import org.baogao.contracts.Target;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.baogao.e2e.search.SearchServiceUnderTest.ids;
import static org.baogao.e2e.search.TestReports.CHANGZHOU;
import static org.baogao.e2e.search.TestReports.SUZHOU;
import static org.baogao.e2e.search.TestReports.WUJIN;
import static org.baogao.e2e.search.TestReports.ZHONGLOU;

/**
 * The search API over a small corpus of its own on a real Elasticsearch (a plugin-free one in the default
 * build): Chinese phrase search in both scripts, region hierarchy, filters, facets, paging, targets, comparison.
 */
class SearchApiTest {
    private static SearchServiceUnderTest service;
    private static EnrichedReport cz2021;
    private static EnrichedReport cz2022;
    private static EnrichedReport zhonglou;
    private static EnrichedReport wujin;
    private static EnrichedReport suzhou;
    private static EnrichedReport hangzhou;
    private static EnrichedReport ningbo;
    private static EnrichedReport hefei;
    private static final List<EnrichedReport> ALL = new ArrayList<>();

    @BeforeAll
    static void indexCorpus() {
        service = new SearchServiceUnderTest();
        cz2021 = TestReports.report("cz-2021.txt").title("2021年常州市人民政府工作报告").region(CHANGZHOU).year(2021)
                .publishedAt("2021-01-20").topic("新能源").topic("就业")
                .text("各位代表：过去一年，全市地区生产总值增长3.7%。今年主要预期目标是：地区生产总值增长7%左右，"
                        + "城镇新增就业10万人以上。大力发展新质生产力，推动新能源产业发展。")
                .target("gdp", "地区生产总值", Target.ACHIEVEMENT, 3.7, null, null, "%", Target.EQ, 2020, "全市地区生产总值增长3.7%")
                .target("gdp", "地区生产总值", Target.TARGET, 7.0, null, null, "%", Target.APPROX, 2021, "地区生产总值增长7%左右")
                .target("urban_new_jobs", "城镇新增就业", Target.TARGET, 100000.0, null, null, "人", Target.GTE, 2021,
                        "城镇新增就业10万人以上")
                .build();
        cz2022 = TestReports.report("cz-2022.txt").title("2022年常州市人民政府工作报告").region(CHANGZHOU).year(2022)
                .publishedAt("2022-01-18").topic("新能源")
                .text("各位代表：过去一年，全市地区生产总值增长9.1%，城镇新增就业12万人。今年地区生产总值增长7.5%左右。加快建设新能源之都。")
                .target("gdp", "地区生产总值", Target.ACHIEVEMENT, 9.1, null, null, "%", Target.EQ, 2021, "全市地区生产总值增长9.1%")
                .target("gdp", "地区生产总值", Target.TARGET, 7.5, null, null, "%", Target.APPROX, 2022, "地区生产总值增长7.5%左右")
                .build();
        zhonglou = TestReports.report("zl-2021.txt").title("钟楼区2021年政府工作报告").region(ZHONGLOU).year(2021).topic("城市更新")
                .text("钟楼区坚持创新驱动发展战略。开发展览馆项目年内开工。地区生产总值增长6.5%左右。")
                .target("gdp", "地区生产总值", Target.TARGET, 6.5, null, null, "%", Target.APPROX, 2021, "地区生产总值增长6.5%左右")
                .build();
        wujin = TestReports.report("wj-2022.txt").title("武进区2022年政府工作报告").region(WUJIN).year(2022).topic("制造业")
                .text("武进区加快建设智能制造高地，一般公共预算收入增长5%。地区生产总值增长6%-6.5%。")
                .target("gdp", "地区生产总值", Target.TARGET, null, 6.0, 6.5, "%", Target.RANGE, 2022, "地区生产总值增长6%-6.5%")
                .build();
        suzhou = TestReports.report("sz-2022.txt").title("苏州市2022年政府工作报告").region(SUZHOU).year(2022)
                .docType("plenary_session").topic("开放型经济")
                .text("苏州市推动经济高质量发展，GDP增长5.5%左右，实际使用外资保持稳定。")
                .target("gdp", "GDP", Target.TARGET, 5.5, null, null, "%", Target.APPROX, 2022, "GDP增长5.5%左右")
                .build();
        // 发展 only across a word boundary (开发|展览), in a short text...
        hangzhou = TestReports.report("hz-2023.txt").title("杭州市2023年政府工作报告").region(TestReports.HANGZHOU).year(2023)
                .text("杭州市开发展览中心建成投用。").build();
        // ...and as a word, in a longer one (length alone would rank it lower)
        ningbo = TestReports.report("nb-2023.txt").title("宁波市2023年政府工作报告").region(TestReports.NINGBO).year(2023)
                .text("宁波市坚持创新驱动发展战略，港口吞吐量继续保持全国前列，城乡居民收入稳步增长。").build();
        // 新质生产力 and 发展, but not 发展新质生产力 as one phrase
        hefei = TestReports.report("hf-2024.txt").title("合肥市2024年政府工作报告").region(TestReports.HEFEI).year(2024)
                .text("合肥市坚持创新驱动，锻造新质生产力，推动经济社会高质量发展。").build();
        ALL.addAll(List.of(cz2021, cz2022, zhonglou, wujin, suzhou, hangzhou, ningbo, hefei));
        ALL.forEach(service::publish);
        service.awaitIndexed(ALL.size());
        SearchServiceUnderTest.await("all indexed", Duration.ofSeconds(30), () -> service.total("q", "*") == ALL.size());
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void traditionalAndSimplifiedQueriesFindTheSameReports() {
        List<String> simplified = ids(service.search("q", "发展"));
        assertThat(simplified).containsExactlyInAnyOrder(cz2021.reportId(), zhonglou.reportId(), suzhou.reportId(),
                hangzhou.reportId(), ningbo.reportId(), hefei.reportId());
        assertThat(ids(service.search("q", "發展"))).isEqualTo(simplified);
        assertThat(ids(service.search("q", "新質生產力"))).containsExactlyInAnyOrder(cz2021.reportId(), hefei.reportId());
    }

    @Test
    void aPhraseMustOccurExactlyNotAsScatteredCharacters() {
        // 新能源 occurs in two reports; 能源新 (same characters, other order) in none.
        assertThat(ids(service.search("q", "新能源"))).containsExactlyInAnyOrder(cz2021.reportId(), cz2022.reportId());
        assertThat(service.total("q", "能源新")).isZero();
    }

    @Test
    void severalWordsRankThePhraseFirstThenAllTheWordsThenSomeOfThem() {
        // cz2021 says 大力发展新质生产力; hefei says 锻造新质生产力 … 高质量发展: all the words, not the phrase
        JsonNode result = service.search("q", "發展新質生產力");
        assertThat(ids(result)).containsExactly(cz2021.reportId(), hefei.reportId());
        assertThat(result.get("hits").valueStream().map(h -> h.get("match").asString()).toList()).containsExactly("phrase", "words");
        assertThat(result.at("/hits/1/highlights/0").asString()).contains("<em>新质生产力</em>").contains("<em>发展</em>");
        // space-separated parts: both in cz2021; hefei holds two of the three units (新质, 生产力) and follows as a
        // partial match; cz2022 holds one (新能源), under half, and is not a match
        JsonNode parts = service.search("q", "新能源 新质生产力");
        assertThat(ids(parts)).containsExactly(cz2021.reportId(), hefei.reportId());
        assertThat(parts.get("hits").valueStream().map(h -> h.get("match").asString()).toList()).containsExactly("phrase", "partial");
        assertThat(service.search("q", "新能源 展览馆").get("hits").valueStream().map(h -> h.get("match").asString()))
                .isNotEmpty().doesNotContain("phrase");
        // one word: the phrase is all there is
        assertThat(service.search("q", "新能源").get("hits").valueStream().map(h -> h.get("match").asString()))
                .containsOnly("phrase");
    }

    @Test
    void aWholeWordRanksAboveTheSameCharactersAcrossAWordBoundary() {
        assertThat(ids(service.search("q", "发展", "region", "浙江省"))).containsExactly(ningbo.reportId(), hangzhou.reportId());
        JsonNode result = service.search("q", "开发", "region", "钟楼区");
        assertThat(ids(result)).containsExactly(zhonglou.reportId());
        JsonNode hit = result.get("hits").get(0);
        assertThat(hit.get("highlights").get(0).asString()).contains("<em>开发</em>");
    }

    @Test
    void fullWidthInputIsFolded() {
        assertThat(ids(service.search("q", "ＧＤＰ"))).containsExactly(suzhou.reportId());
        assertThat(ids(service.search("q", "gdp"))).containsExactly(suzhou.reportId());
    }

    @Test
    void hitsCarryTheContractKeysAndHighlights() {
        JsonNode hit = service.search("q", "新质生产力").get("hits").valueStream()
                .filter(h -> h.get("reportId").asString().equals(cz2021.reportId())).findFirst().orElseThrow();
        assertThat(hit.get("title").asString()).isEqualTo("2021年常州市人民政府工作报告");
        assertThat(hit.at("/source/name").asString()).isEqualTo("cz-2021.txt");
        assertThat(hit.at("/region/name").asString()).isEqualTo("常州市");
        assertThat(hit.get("year").asInt()).isEqualTo(2021);
        assertThat(hit.get("docType").asString()).isEqualTo("government_work_report");
        assertThat(hit.get("highlights").get(0).asString()).contains("<em>新质生产力</em>");
    }

    @Test
    void aRegionIncludesItsChildrenByNameAndByCode() {
        Set<String> changzhou = Set.of(cz2021.reportId(), cz2022.reportId(), zhonglou.reportId(), wujin.reportId());
        assertThat(ids(service.search("region", "常州市"))).containsExactlyInAnyOrderElementsOf(changzhou);
        assertThat(ids(service.search("region", "320400"))).containsExactlyInAnyOrderElementsOf(changzhou);
        assertThat(ids(service.search("region", "江苏省"))).hasSize(5);
        assertThat(ids(service.search("region", "330000"))).containsExactlyInAnyOrder(hangzhou.reportId(), ningbo.reportId());
        assertThat(ids(service.search("region", "钟楼区"))).containsExactly(zhonglou.reportId());
        assertThat(ids(service.search("region", "常州市", "level", "district")))
                .containsExactlyInAnyOrder(zhonglou.reportId(), wujin.reportId());
    }

    @Test
    void filtersOnYearTypeTopicAndIndicator() {
        assertThat(ids(service.search("yearFrom", "2022", "yearTo", "2022")))
                .containsExactlyInAnyOrder(cz2022.reportId(), wujin.reportId(), suzhou.reportId());
        assertThat(ids(service.search("docType", "plenary_session"))).containsExactly(suzhou.reportId());
        assertThat(ids(service.search("topic", "新能源"))).containsExactlyInAnyOrder(cz2021.reportId(), cz2022.reportId());
        assertThat(ids(service.search("indicator", "urban_new_jobs"))).containsExactly(cz2021.reportId());
    }

    @Test
    void facetsCountMatchingReports() {
        JsonNode result = service.search("region", "常州市");
        JsonNode facets = result.get("facets");
        // a region's count includes its districts, exactly what filtering by it returns
        assertThat(count(facets.get("region"), "常州市")).isEqualTo(4).isEqualTo(result.get("total").asLong());
        assertThat(count(facets.get("region"), "钟楼区")).isEqualTo(1);
        assertThat(count(facets.get("year"), "2021")).isEqualTo(2);
        assertThat(count(facets.get("indicator"), "gdp")).isEqualTo(4);
        assertThat(count(facets.get("indicator"), "urban_new_jobs")).isEqualTo(1);
        assertThat(count(facets.get("topics"), "新能源")).isEqualTo(2);
    }

    @Test
    void pagesWithACursorVisitEveryReportOnce() {
        List<String> seen = new ArrayList<>();
        String after = null;
        for (int page = 0; page < 10; page++) {
            JsonNode result = after == null ? service.search("size", "2", "sort", "date")
                    : service.search("size", "2", "sort", "date", "after", after);
            assertThat(result.get("total").asInt()).isEqualTo(ALL.size());
            seen.addAll(ids(result));
            if (result.get("next").isNull()) {
                break;
            }
            after = result.get("next").asString();
        }
        assertThat(seen).hasSize(ALL.size());
        assertThat(new HashSet<>(seen)).hasSize(ALL.size());
        // newest first: 2022 reports before 2021 ones
        assertThat(seen.indexOf(cz2022.reportId())).isLessThan(seen.indexOf(cz2021.reportId()));
    }

    @Test
    void badRequestsAreProblems() {
        var tooBig = service.get("/api/search", "size", "1000");
        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.contentType()).startsWith("application/problem+json");
        assertThat(tooBig.json().get("parameter").asString()).isEqualTo("size");
        assertThat(service.get("/api/search", "q", "发".repeat(300)).status()).isEqualTo(400);
        assertThat(service.get("/api/search", "after", "eyJxdWVyeSI6MX0").status()).isEqualTo(400);
        assertThat(service.get("/api/reports/" + "0".repeat(64)).status()).isEqualTo(404);
        assertThat(service.get("/api/targets", "kind", "wish").status()).isEqualTo(400);
    }

    @Test
    void theReportViewHasTextOutlineAndTargets() {
        JsonNode report = service.get("/api/reports/" + cz2021.reportId()).json();
        assertThat(report.get("text").asString()).isEqualTo(cz2021.text());
        assertThat(report.get("sections")).hasSize(2);
        assertThat(report.get("targets")).hasSize(3);
        assertThat(report.at("/quality/repairs").isArray()).isTrue();
        assertThat(report.has("search")).isFalse();
    }

    @Test
    void targetsAreRowsFilteredOnOneTargetAtATime() {
        JsonNode rows = service.get("/api/targets", "code", "gdp", "region", "常州市", "kind", "target").json().get("rows");
        assertThat(rows).hasSize(4);
        assertThat(rows.valueStream().map(r -> r.get("region").asString()).distinct().toList())
                .containsExactlyInAnyOrder("常州市", "钟楼区", "武进区");
        JsonNode high = service.get("/api/targets", "code", "gdp", "min", "7").json().get("rows");
        assertThat(high.valueStream().map(r -> r.get("value").asDouble()).toList()).containsExactlyInAnyOrder(7.0, 9.1, 7.5);
        JsonNode row = service.get("/api/targets", "code", "urban_new_jobs").json().get("rows").get(0);
        assertThat(row.get("reportId").asString()).isEqualTo(cz2021.reportId());
        assertThat(row.at("/source/name").asString()).isEqualTo("cz-2021.txt");
        assertThat(row.get("year").asInt()).isEqualTo(2021);
        assertThat(row.get("value").asDouble()).isEqualTo(100000);
        assertThat(row.get("unit").asString()).isEqualTo("人");
        assertThat(row.get("comparator").asString()).isEqualTo("gte");
        assertThat(row.get("text").asString()).isEqualTo("城镇新增就业10万人以上");
    }

    @Test
    void targetRowsPageByCursorInTheRequestedOrder() {
        // all gdp rows by value, largest first: a range (6%-6.5%) stands at its middle
        List<Double> expected = List.of(9.1, 7.5, 7.0, 6.5, 6.25, 5.5, 3.7);
        JsonNode first = service.get("/api/targets", "code", "gdp", "sort", "-value", "size", "2").json();
        assertThat(first.get("total").asLong()).isEqualTo(expected.size());
        List<Double> values = new ArrayList<>();
        Set<String> rows = new HashSet<>();
        JsonNode page = first;
        int pages = 1;
        while (true) {
            for (JsonNode row : page.get("rows")) {
                values.add(row.hasNonNull("value") ? row.get("value").asDouble()
                        : (row.get("min").asDouble() + row.get("max").asDouble()) / 2);
                assertThat(rows.add(row.get("reportId").asString() + "/" + row.get("position").asInt())).isTrue();
            }
            if (page.get("next").isNull()) {
                break;
            }
            page = service.get("/api/targets", "code", "gdp", "sort", "-value", "size", "2", "after", page.get("next").asString()).json();
            assertThat(page.has("total")).isFalse();
            pages++;
        }
        assertThat(values).containsExactlyElementsOf(expected);
        assertThat(pages).isEqualTo(4);

        // by the year the target is for, then report and position: ties keep one place each
        JsonNode byYear = service.get("/api/targets", "code", "gdp", "sort", "year", "size", "100").json();
        assertThat(byYear.get("rows").valueStream().map(r -> r.get("year").asInt()).toList())
                .containsExactly(2020, 2021, 2021, 2021, 2022, 2022, 2022);
        assertThat(byYear.get("next").isNull()).isTrue();

        assertThat(service.get("/api/targets", "size", "100000").status()).isEqualTo(400);
        assertThat(service.get("/api/targets", "sort", "length").status()).isEqualTo(400);
        String valueCursor = first.get("next").asString();
        assertThat(service.get("/api/targets", "code", "gdp", "sort", "year", "after", valueCursor).status()).isEqualTo(400);
    }

    @Test
    void targetStatsPerRegionYearKindAndUnit() {
        JsonNode groups = service.get("/api/targets/stats", "code", "gdp", "region", "常州市").json().get("groups");
        assertThat(groups.valueStream().map(g -> g.get("region").asString() + " " + g.get("year").asInt() + " "
                + g.get("kind").asString() + " " + g.get("count").asLong() + " " + g.get("min").asDouble() + " "
                + g.get("median").asDouble() + " " + g.get("max").asDouble()).toList())
                .containsExactlyInAnyOrder(
                        "常州市 2020 achievement 1 3.7 3.7 3.7",
                        "常州市 2021 target 1 7.0 7.0 7.0",
                        "常州市 2021 achievement 1 9.1 9.1 9.1",
                        "常州市 2022 target 1 7.5 7.5 7.5",
                        "钟楼区 2021 target 1 6.5 6.5 6.5",
                        "武进区 2022 target 1 6.25 6.25 6.25");
        assertThat(groups.get(0).get("unit").asString()).isEqualTo("%");

        // regions page: one region per page, every group exactly once
        List<String> regions = new ArrayList<>();
        JsonNode page = service.get("/api/targets/stats", "code", "gdp", "kind", "target", "size", "1").json();
        while (true) {
            page.get("groups").forEach(g -> regions.add(g.get("region").asString()));
            if (page.get("next").isNull()) {
                break;
            }
            page = service.get("/api/targets/stats", "code", "gdp", "kind", "target", "size", "1", "after",
                    page.get("next").asString()).json();
        }
        assertThat(regions).containsExactlyInAnyOrder("常州市", "常州市", "钟楼区", "武进区", "苏州市");
    }

    @Test
    void targetsAsCsv() {
        var csv = service.get("/api/targets", "code", "gdp", "region", "钟楼区", "format", "csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains("钟楼区").contains("6.5").contains("地区生产总值增长6.5%左右");
        // every matching row, in the requested order, however many pages that would be
        List<String> all = service.get("/api/targets", "code", "gdp", "sort", "value", "format", "csv").body().lines().skip(1).toList();
        assertThat(all).hasSize(7);
        assertThat(all.get(0)).contains("3.7");
        assertThat(all.get(6)).contains("9.1");
    }

    @Test
    void comparisonSetsTargetsBesideResultsReportedTheYearAfter() {
        JsonNode c = service.get("/api/targets/compare", "code", "gdp", "region", "常州市", "yearFrom", "2020", "yearTo", "2022").json();
        assertThat(c.get("unit").asString()).isEqualTo("%");
        assertThat(c.get("years").valueStream().map(JsonNode::asInt).toList()).containsExactly(2020, 2021, 2022);
        JsonNode changzhou = c.get("regions").valueStream().filter(r -> r.get("region").asString().equals("常州市"))
                .findFirst().orElseThrow();
        JsonNode y2021 = changzhou.get("cells").get(1);
        assertThat(y2021.at("/target/value").asDouble()).isEqualTo(7.0);
        assertThat(y2021.at("/achievement/value").asDouble()).isEqualTo(9.1);
        assertThat(y2021.at("/achievement/reportId").asString()).isEqualTo(cz2022.reportId());
        assertThat(changzhou.get("cells").get(0).at("/achievement/value").asDouble()).isEqualTo(3.7);
        assertThat(c.get("regions").valueStream().map(r -> r.get("region").asString()).toList())
                .containsExactlyInAnyOrder("常州市", "钟楼区", "武进区");
    }

    @Test
    void thePageAndTheApiDescriptionAreServed() {
        var page = service.get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("app.js");
        assertThat(service.get("/app.js").body()).contains("/api/search").contains("/api/targets/compare");
        var openApi = service.get("/v3/api-docs");
        assertThat(openApi.status()).isEqualTo(200);
        assertThat(openApi.body()).contains("/api/search").contains("/api/targets/compare").contains("/api/reports/{id}");
    }

    private static long count(JsonNode facet, String value) {
        return facet.valueStream().filter(v -> v.get("value").asString().equals(value)).mapToLong(v -> v.get("count").asLong())
                .findFirst().orElse(0);
    }
}
