package org.baogao.search.index;

import org.baogao.contracts.ContractJson;
import org.baogao.contracts.EnrichedReport;
import org.baogao.contracts.Region;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class SearchDocumentTest {
    private static final String ORIGINAL = """
            {"reportId":"r1","schemaVersion":1,"title":"2023年無錫市政府工作報告","script":"hant",
             "text":"大力发展新质生产力，GDP增长5%左右。",
             "region":{"name":"江阴市","level":"county","parent":"无锡市","code":"320281"},
             "year":2023,"publishedAt":"2023-01-12","addedByANewerContract":{"x":[1,2]},
             "targets":[{"code":"gdp","kind":"target","value":5.0,"unit":"%","year":2023,"text":"GDP增长5%左右","start":0,"end":8},
                        {"code":"cpi","kind":"target","min":2.0,"max":3.0,"unit":"%","year":2023,"text":"2%-3%","start":0,"end":5},
                        {"code":"x","kind":"target","max":3.0,"unit":"%","year":2023,"text":"3%以内","start":0,"end":4}]}
            """;

    @Test
    void keepsTheOriginalAndAddsTheDerivedObject() {
        byte[] original = ORIGINAL.getBytes(StandardCharsets.UTF_8);
        EnrichedReport report = ContractJson.fromBytes(original, EnrichedReport.class);
        JsonNode doc = ContractJson.mapper().readTree(SearchDocument.build(original, report, Instant.parse("2026-01-01T00:00:00Z")));
        assertThat(doc.at("/addedByANewerContract/x/1").asInt()).isEqualTo(2);
        assertThat(doc.get("text").asString()).isEqualTo("大力发展新质生产力，GDP增长5%左右。");
        JsonNode search = doc.get("search");
        assertThat(search.get("textWords").asString()).contains("发展").contains("gdp").doesNotContain("，");
        // the title is normalized before segmenting: 無錫 → 无锡
        assertThat(search.get("titleWords").asString()).contains("无锡");
        assertThat(search.get("regionNames")).extracting(JsonNode::asString).containsExactly("江阴市", "无锡市", "江苏省");
        assertThat(search.get("regionCodes")).extracting(JsonNode::asString).containsExactly("320281", "320200", "320000");
        assertThat(search.get("date").asString()).isEqualTo("2023-01-12");
        // per target: its position and the number it sorts by (value, middle of the range, the one bound)
        assertThat(doc.at("/targets/1/search/position").asInt()).isEqualTo(1);
        assertThat(doc.get("targets")).extracting(t -> t.at("/search/point").asDouble()).containsExactly(5.0, 2.5, 3.0);
        assertThat(search.get("indicatorCodes")).extracting(JsonNode::asString).containsExactly("gdp", "cpi", "x");

        ObjectNode stored = SearchDocument.withoutDerived((ObjectNode) doc);
        assertThat(stored.has("search")).isFalse();
        assertThat(stored).isEqualTo(ContractJson.mapper().readTree(original));
    }

    @Test
    void eachTargetCarriesItsReportsIdRegionAndYearAndWhetherItIsStatedWhereItBelongs() {
        ObjectNode doc = (ObjectNode) ContractJson.mapper().readTree("""
                {"reportId":"cz22","year":2022,"region":{"name":"常州市","code":"320400"},
                 "targets":[{"kind":"target","year":2022},{"kind":"achievement","year":2021},
                            {"kind":"target","year":2023},{"kind":"achievement","year":2022},{"kind":"target"}]}
                """);
        SearchDocument.deriveTargets(doc);
        JsonNode first = doc.at("/targets/0/search");
        assertThat(first.get("region").asString()).isEqualTo("常州市");
        assertThat(first.get("regionCode").asString()).isEqualTo("320400");
        // a target belongs in the report of its year, a result in the next year's: those come first (0:)
        assertThat(doc.get("targets")).extracting(t -> t.at("/search/choice").asString().split("\\|")[0])
                .containsExactly("0:cz22:000000", "0:cz22:000001", "1:cz22:000002", "1:cz22:000003", "1:cz22:000004");
        assertThat(ComparisonChoice.of(first.get("choice").asString()).reportYear()).isEqualTo(2022);

        ObjectNode noRegion = (ObjectNode) ContractJson.mapper().readTree("{\"reportId\":\"x\",\"targets\":[{\"kind\":\"target\",\"year\":2022}]}");
        SearchDocument.deriveTargets(noRegion);
        assertThat(noRegion.at("/targets/0/search").has("region")).isFalse();
        assertThat(noRegion.at("/targets/0/search/choice").asString()).startsWith("1:x:000000|");
    }

    @Test
    void regionPathOfAProvinceAndOfAnUnknownRegion() {
        assertThat(RegionPath.of(new Region("浙江省", Region.PROVINCE, null, "330000")))
                .isEqualTo(new RegionPath(java.util.List.of("浙江省"), java.util.List.of("330000")));
        assertThat(RegionPath.of(new Region("常州市", Region.CITY, "江苏省", "320400")))
                .isEqualTo(new RegionPath(java.util.List.of("常州市", "江苏省"), java.util.List.of("320400", "320000")));
        assertThat(RegionPath.of(new Region("某县", Region.COUNTY, "某市", null)).codes()).isEmpty();
        assertThat(RegionPath.of(null)).isEqualTo(RegionPath.NONE);
    }

    @Test
    void reportDateFallsBackFromPublicationToYearToReceipt() {
        assertThat(SearchDocument.parseDate("2021-03")).contains(LocalDate.of(2021, 3, 1));
        assertThat(SearchDocument.parseDate("2021")).contains(LocalDate.of(2021, 1, 1));
        assertThat(SearchDocument.parseDate("2021-02-05T10:00:00+08:00")).contains(LocalDate.of(2021, 2, 5));
        assertThat(SearchDocument.parseDate("2021年2月")).isEmpty();
        EnrichedReport noDate = ContractJson.fromJson("{\"reportId\":\"x\",\"schemaVersion\":1,\"year\":2019}", EnrichedReport.class);
        assertThat(SearchDocument.reportDate(noDate)).contains(LocalDate.of(2019, 1, 1));
        EnrichedReport receivedOnly = ContractJson.fromJson(
                "{\"reportId\":\"x\",\"schemaVersion\":1,\"source\":{\"name\":\"a.txt\",\"sizeBytes\":3,\"receivedAt\":\"2026-11-20T08:00:00Z\"}}", EnrichedReport.class);
        assertThat(SearchDocument.reportDate(receivedOnly)).contains(LocalDate.of(2026, 11, 20));
    }
}
