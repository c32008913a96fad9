package org.baogao.search.query;

import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import org.baogao.search.RequestJson;
import org.baogao.search.SearchProperties;
import org.baogao.search.web.BadRequestException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SearchRequestFactoryTest {
    private static final SearchProperties.Api LIMITS = new SearchProperties.Api(20, 100, 200, 100, 1000);

    @Test
    void aQueryOfOneUnitIsItsPhraseOnCharacterAndWordFields() {
        JsonNode json = json(SearchParams.of("發展", ReportFilter.none(), null, null, null, LIMITS));
        JsonNode text = json.at("/query/bool/must/0/bool");
        assertThat(text.at("/_name").asString()).isEqualTo("phrase");
        JsonNode parts = text.at("/must/0/bool/must");
        assertThat(parts).hasSize(1);
        assertThat(parts.get(0).at("/bool/should/0/match_phrase/text/query").asString()).isEqualTo("发展");
    }

    @Test
    void aLongerQueryRanksPhraseThenAllWordsThenSomeWords() {
        JsonNode json = json(SearchParams.of("發展 新能源", ReportFilter.none(), null, null, null, LIMITS));
        JsonNode tiers = json.at("/query/bool/must/0/bool");
        assertThat(tiers.at("/minimum_should_match").asString()).isEqualTo("1");
        JsonNode tiersShould = tiers.get("should");
        // the phrase query scored, then the phrase tier, the words tier, the word-level relevance of some words
        JsonNode parts = tiersShould.get(0).at("/bool/must");
        assertThat(parts).hasSize(2);
        JsonNode should = parts.get(0).at("/bool/should");
        assertThat(should.findValues("match_phrase")).hasSize(4);
        assertThat(should.get(0).at("/match_phrase/text/query").asString()).isEqualTo("发展");
        assertThat(should.get(2).at("/match_phrase/search.textWords/query").asString()).isEqualTo("发展");
        assertThat(tiersShould.get(1).at("/constant_score/_name").asString()).isEqualTo("phrase");
        assertThat(tiersShould.get(1).at("/constant_score/boost").asDouble()).isEqualTo(SearchRequestFactory.PHRASE_TIER);
        assertThat(tiersShould.get(2).at("/constant_score/_name").asString()).isEqualTo("words");
        JsonNode units = tiersShould.get(2).at("/constant_score/filter/bool/filter");
        assertThat(units.findValues("query")).extracting(JsonNode::asString).contains("发展", "新能源");
        assertThat(tiersShould.get(3).at("/bool/minimum_should_match").asString()).isEqualTo("1");
        assertThat(json.at("/track_total_hits").asBoolean()).isTrue();
        assertThat(json.at("/sort/0/_score/order").asString()).isEqualTo("desc");
        assertThat(json.at("/highlight/fields/text")).isNotNull();
    }

    @Test
    void snippetsMarkThePhrasesAndLowerTiersGetTheirUnitsMarkedApart() {
        JsonNode json = json(SearchParams.of("发展新质生产力", ReportFilter.none(), null, null, null, LIMITS));
        assertThat(json.at("/highlight/highlight_query").findValues("query")).extracting(JsonNode::asString)
                .containsOnly("发展新质生产力");
        SearchRequest units = SearchRequestFactory.unitHighlights("reports", QueryText.parse("发展新质生产力", 200), List.of("a", "b"));
        JsonNode unitJson = JsonMapper.builder().build().readTree(JsonpUtils.toJsonString(units, new Jackson3JsonpMapper()));
        assertThat(unitJson.at("/query/ids/values")).extracting(JsonNode::asString).containsExactly("a", "b");
        assertThat(unitJson.at("/highlight/highlight_query").findValues("query")).extracting(JsonNode::asString)
                .contains("发展", "新质", "生产力");
    }

    @Test
    void noQueryMatchesAllAndSortsByDate() {
        JsonNode json = json(SearchParams.of("*", ReportFilter.none(), null, 10, null, LIMITS));
        assertThat(json.at("/query/bool/must/0/match_all").isObject()).isTrue();
        assertThat(json.at("/sort/0/search.date/order").asString()).isEqualTo("desc");
        assertThat(json.at("/sort/1/reportId/order").asString()).isEqualTo("asc");
        assertThat(json.at("/size").asInt()).isEqualTo(10);
    }

    @Test
    void filtersBecomeTermsAndRanges() {
        ReportFilter filter = ReportFilter.of("常州市", "district", 2020, 2022, "government_work_report", "新能源", "gdp");
        JsonNode json = json(SearchParams.of("发展", filter, "date", null, null, LIMITS));
        List<JsonNode> filters = iterable(json.at("/query/bool/filter"));
        assertThat(filters).hasSize(6);
        assertThat(filters.get(0).at("/bool/should/0/term/search.regionNames/value").asString()).isEqualTo("常州市");
        assertThat(filters.get(0).at("/bool/should/1/term/search.regionCodes/value").asString()).isEqualTo("常州市");
        assertThat(filters.get(2).at("/range/year/gte").asInt()).isEqualTo(2020);
        assertThat(filters.get(5).at("/term/search.indicatorCodes/value").asString()).isEqualTo("gdp");
    }

    @Test
    void regionNamesAreNormalizedToo() {
        ReportFilter filter = ReportFilter.of("蘇州市", null, null, null, null, null, null);
        assertThat(filter.region()).isEqualTo("苏州市");
    }

    @Test
    void queryDslInTheQueryStringIsJustText() {
        String attack = "{'script':{'source':'x'}}";
        JsonNode json = json(SearchParams.of(attack, ReportFilter.none(), null, null, null, LIMITS));
        assertThat(json.findValues("script")).isEmpty();
        assertThat(json.at("/query").findValues("query")).extracting(JsonNode::asString).contains(attack);
    }

    @Test
    void cursorsGoBackAsSearchAfterAndThePagesAfterTheFirstNeitherCountNorComputeFacets() {
        SearchCursor cursor = new SearchCursor(1_640_995_200_000d, true, "abc", 4_503);
        JsonNode json = json(SearchParams.of(null, ReportFilter.none(), "date", null, cursor.encode(), LIMITS));
        assertThat(json.at("/search_after/0").asLong()).isEqualTo(1_640_995_200_000L);
        assertThat(json.at("/search_after/1").asString()).isEqualTo("abc");
        assertThat(json.at("/track_total_hits").asBoolean()).isFalse();
        assertThat(json.has("aggregations")).isFalse();
        JsonNode first = json(SearchParams.of(null, ReportFilter.none(), "date", null, null, LIMITS));
        assertThat(first.at("/track_total_hits").asBoolean()).isTrue();
        assertThat(first.get("aggregations").size()).isEqualTo(5);
    }

    @Test
    void limitsAreEnforced() {
        assertThatThrownBy(() -> SearchParams.of("x", ReportFilter.none(), null, 101, null, LIMITS))
                .isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> SearchParams.of("x", ReportFilter.none(), null, 0, null, LIMITS))
                .isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> SearchParams.of("x", ReportFilter.none(), "popularity", null, null, LIMITS))
                .isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> ReportFilter.of(null, null, 2023, 2020, null, null, null))
                .isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> ReportFilter.of(null, null, 99, null, null, null, null))
                .isInstanceOf(BadRequestException.class);
    }

    static JsonNode json(SearchParams params) {
        return RequestJson.of(SearchRequestFactory.build("reports", params));
    }

    static List<JsonNode> iterable(JsonNode array) {
        List<JsonNode> list = new java.util.ArrayList<>();
        array.forEach(list::add);
        return list;
    }
}
