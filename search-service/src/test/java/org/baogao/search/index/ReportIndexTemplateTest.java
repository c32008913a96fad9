package org.baogao.search.index;

import co.elastic.clients.elasticsearch.indices.put_index_template.IndexTemplateMapping;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import org.baogao.search.SearchProperties;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;

class ReportIndexTemplateTest {
    private static final SearchProperties.Index SETTINGS = new SearchProperties.Index(2, "0-1", 500, "5s");

    @Test
    void isValidJsonWithTheDeploymentSettingsFilledIn() {
        JsonNode body = JsonMapper.builder().build().readTree(ReportIndexTemplate.body(SETTINGS));
        JsonNode index = body.at("/settings/index");
        assertThat(index.get("number_of_shards").asInt()).isEqualTo(2);
        assertThat(index.get("auto_expand_replicas").asString()).isEqualTo("0-1");
        assertThat(index.get("refresh_interval").asString()).isEqualTo("5s");
        assertThat(index.at("/mapping/nested_objects/limit").asInt()).isEqualTo(500);
        assertThat(body.at("/mappings/dynamic").asBoolean(true)).isFalse();
    }

    @Test
    void theClientReadsItAsATemplateWithTheFieldsSearchRelieson() {
        IndexTemplateMapping template = IndexTemplateMapping.of(b -> b.withJson(new StringReader(ReportIndexTemplate.body(SETTINGS))));
        var properties = template.mappings().properties();
        assertThat(properties.get("text").text().analyzer()).isEqualTo("standard");
        assertThat(properties.get("title").text().analyzer()).isEqualTo("standard");
        var search = properties.get("search").object().properties();
        assertThat(search.get("textWords").text().analyzer()).isEqualTo("whitespace");
        assertThat(search.get("titleWords").text().analyzer()).isEqualTo("whitespace");
        assertThat(search.get("regionNames").isKeyword()).isTrue();
        assertThat(search.get("regionCodes").isKeyword()).isTrue();
        assertThat(search.get("date").isDate()).isTrue();
        Property targets = properties.get("targets");
        assertThat(targets.isNested()).isTrue();
        var target = targets.nested().properties();
        assertThat(target.get("code").isKeyword()).isTrue();
        assertThat(target.get("kind").isKeyword()).isTrue();
        assertThat(target.get("year").isInteger()).isTrue();
        assertThat(target.get("value").isDouble()).isTrue();
        assertThat(properties.get("reportId").isKeyword()).isTrue();
    }

    @Test
    void usesOnlyAnalyzersEveryElasticsearchHas() {
        String body = ReportIndexTemplate.body(SETTINGS);
        JsonNode mappings = JsonMapper.builder().build().readTree(body).get("mappings");
        assertThat(mappings.findValues("analyzer")).extracting(JsonNode::asString)
                .allMatch(a -> a.equals("standard") || a.equals("whitespace"));
        assertThat(body).doesNotContain("smartcn", "ik_", "icu", "cjk");
    }

    @Test
    void namesFollowThePrefix() {
        IndexNames names = new IndexNames("baogao-reports");
        assertThat(names.alias()).isEqualTo("baogao-reports");
        assertThat(names.template()).isEqualTo("baogao-reports-v6");
        assertThat(names.pattern()).isEqualTo("baogao-reports-v6-*");
        java.time.Clock clock = java.time.Clock.fixed(java.time.Instant.parse("2026-03-05T08:09:10Z"), java.time.ZoneOffset.UTC);
        assertThat(names.newIndex(clock)).isEqualTo("baogao-reports-v6-20260305080910");
    }
}
