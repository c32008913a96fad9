package org.baogao.search.targets;

import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.json.JsonpDeserializer;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import org.baogao.search.RequestJson;
import org.baogao.search.index.ComparisonChoice;
import org.baogao.search.index.TargetSentences;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TargetComparisonSearchTest {
    private static final TargetFilter GUANGDONG = TargetFilter.of("gdp", "广东省", null, null, "target,achievement", null, null);

    @Test
    void theComparisonReadsNoRowOnlyAggregations() {
        for (SearchRequest request : new SearchRequest[]{
                TargetComparisonSearch.unitsRequest("reports", GUANGDONG, null),
                TargetComparisonSearch.cellsRequest("reports", GUANGDONG, "%", new TargetComparisonSearch.Partition(0, 1, 138))}) {
            JsonNode json = json(request);
            assertThat(json.get("size").asInt()).isZero();
            assertThat(json.findValues("inner_hits")).isEmpty();
            assertThat(json.findValues("top_hits")).isEmpty();
            assertThat(json.findValues("top_metrics")).isEmpty();
            assertThat(json.findValues("docvalue_fields")).isEmpty();
            assertThat(json.at("/track_total_hits").asBoolean()).isFalse();
        }
    }

    @Test
    void eachRegionKindAndYearGetsTheTargetWithTheSmallestChoiceKey() {
        JsonNode json = json(TargetComparisonSearch.cellsRequest("reports", GUANGDONG, "%",
                new TargetComparisonSearch.Partition(0, 1, 138)));
        JsonNode matching = json.at("/aggregations/targets/aggregations/matching");
        assertThat(matching.at("/filter/bool/filter").findValues("value")).extracting(JsonNode::asString).contains("gdp", "%");
        JsonNode region = matching.at("/aggregations/regions");
        assertThat(region.at("/terms/field").asString()).isEqualTo(TargetComparisonSearch.REGION);
        assertThat(region.at("/terms/include").isMissingNode()).isTrue();
        JsonNode first = region.at("/aggregations/kinds/aggregations/years/aggregations/chosen");
        // own report first, then the smallest report id, then the first position: the smallest choice key
        assertThat(first.at("/terms/field").asString()).isEqualTo(TargetComparisonSearch.CHOICE);
        assertThat(first.at("/terms/size").asInt()).isEqualTo(1);
        assertThat(first.at("/terms/order").findValue("_key").asString()).isEqualTo("asc");
        assertThat(first.at("/terms/execution_hint").asString()).isEqualTo("map");
        // the one target left: its clause and sentence (the numbers are in the key)
        assertThat(first.at("/aggregations/targets_text_keyword/terms/field").asString()).isEqualTo(TargetSearch.TARGET_TEXT);
        assertThat(first.at("/aggregations/targets_text_keyword/terms/execution_hint").asString()).isEqualTo("map");
        assertThat(first.get("aggregations").size()).isEqualTo(TargetComparisonSearch.STATEMENT_KEYWORDS.size());
    }

    @Test
    void regionsAreSplitIntoPartitionsWhenOneRequestWouldHoldTooManyBuckets() {
        // a province's 2,300 statements over 31 years in one request; 48,000 of every county of the country in several
        assertThat(TargetComparisonSearch.partitions(138, 31, 2_300)).isEqualTo(1);
        assertThat(TargetComparisonSearch.partitions(3200, 22, 48_000)).isEqualTo(6);
        assertThat(TargetComparisonSearch.partitions(3200, 2, 48_000)).isEqualTo(2);
        assertThat(TargetComparisonSearch.partitions(0, 0, 0)).isEqualTo(1);
        JsonNode json = json(TargetComparisonSearch.cellsRequest("reports", GUANGDONG, null,
                new TargetComparisonSearch.Partition(3, 11, 3200)));
        JsonNode terms = json.at("/aggregations/targets/aggregations/matching/aggregations/regions/terms");
        assertThat(terms.at("/include/partition").asInt()).isEqualTo(3);
        assertThat(terms.at("/include/num_partitions").asInt()).isEqualTo(11);
        assertThat(terms.at("/size").asInt()).isGreaterThan(3200);
        // no unit: the statements without one
        assertThat(json.at("/aggregations/targets/aggregations/matching/filter/bool/filter").findValues("must_not")).hasSize(1);
    }

    @Test
    void aStatementIsItsChoiceKeysNumbersAndLinksToItsSentence() {
        JsonNode target = JsonMapper.builder().build().readTree(
                "{\"value\":6.0,\"comparator\":\"approx\",\"start\":30,\"end\":40,\"page\":2}");
        String key = ComparisonChoice.key(true, "gd-2021", 4, target, 2021, new TargetSentences.Sentence(25, 41, "全省生产总值增长6%左右。"));
        assertThat(key).isEqualTo("0:gd-2021:000004|6.0|||2021|2|30|40|25|41|approx");
        TargetComparison.Statement s = TargetComparisonSearch.statement(ComparisonChoice.of(key),
                Map.of(TargetSearch.SENTENCE, "全省生产总值增长6%左右。", TargetSearch.TARGET_TEXT, "增长6%左右"));
        assertThat(s).isEqualTo(new TargetComparison.Statement(6.0, null, null, "approx", "gd-2021", 2021, "增长6%左右", 2,
                "全省生产总值增长6%左右。", "/#/report/gd-2021?at=25-41"));
        // without a sentence, the link is to the clause
        String bare = ComparisonChoice.key(false, "x", 0, JsonMapper.builder().build().readTree("{\"min\":2,\"max\":3,\"start\":3,\"end\":9}"),
                null, null);
        TargetComparison.Statement range = TargetComparisonSearch.statement(ComparisonChoice.of(bare), Map.of());
        assertThat(range.min()).isEqualTo(2.0);
        assertThat(range.max()).isEqualTo(3.0);
        assertThat(range.value()).isNull();
        assertThat(range.comparator()).isNull();
        assertThat(range.reportYear()).isNull();
        assertThat(range.link()).isEqualTo("/#/report/x?at=3-9");
    }

    @Test
    void theChosenStatementIsReadFromTheAggregations() throws Exception {
        // an answer of Elasticsearch 9.5.3 to cellsRequest, saved with typed_keys as the client asks: 常州市's 2021
        // target stated by its 2021 report (choice 0:cz21:…) and by a 2020 report with the smaller id (1:aa20:…)
        Jackson3JsonpMapper mapper = new Jackson3JsonpMapper();
        try (var in = getClass().getResourceAsStream("/elasticsearch/comparison-cells-response.json")) {
            @SuppressWarnings("unchecked")
            SearchResponse<Void> response = (SearchResponse<Void>) (SearchResponse<?>) SearchResponse
                    .createSearchResponseDeserializer(JsonpDeserializer.of(Object.class))
                    .deserialize(mapper.jsonProvider().createParser(in), mapper);
            assertThat(TargetComparisonSearch.choices(response)).containsExactly(new TargetComparison.Choice("常州市", "320400",
                    "target", 2021, new TargetComparison.Statement(7.0, null, null, "approx", "cz21", 2021, "增长7%", null, null,
                    "/#/report/cz21?at=1-5")));
        }
    }

    @Test
    void theChoiceKeyOrdersOwnReportThenReportIdThenPosition() {
        JsonNode target = JsonMapper.builder().build().readTree("{\"value\":9.5}");
        String own = ComparisonChoice.key(true, "ff", 12, target, 2021, null);
        assertThat(own).startsWith("0:ff:000012|");
        assertThat(own).isLessThan(ComparisonChoice.key(false, "00", 0, target, 2020, null));
        assertThat(ComparisonChoice.key(true, "aa", 99, target, 2021, null)).isLessThan(ComparisonChoice.key(true, "ab", 0, target, 2021, null));
        assertThat(ComparisonChoice.key(true, "aa", 9, target, 2021, null)).isLessThan(ComparisonChoice.key(true, "aa", 10, target, 2021, null));
        assertThat(ComparisonChoice.of(own).reportId()).isEqualTo("ff");
    }

    static JsonNode json(SearchRequest request) {
        return RequestJson.of(request);
    }
}
