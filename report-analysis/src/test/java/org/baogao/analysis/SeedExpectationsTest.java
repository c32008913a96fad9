package org.baogao.analysis;

import org.baogao.contracts.ContractJson;
import org.baogao.contracts.Entity;
import org.baogao.contracts.Section;
import org.baogao.contracts.SourceInfo;
import org.baogao.contracts.Topic;
import org.baogao.testsupport.ProjectFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.text.Normalizer;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The five seeds against the project's expectations ({@code eval/seeds/expectations.json}): region, year, docType,
 * publication facts, sections, entities and topics (targets are target-extraction's to check). Texts are compared
 * after NFKC, as the spec's checker does.
 */
class SeedExpectationsTest {
    private static final Map<String, JsonNode> EXPECTED = new HashMap<>();
    private static final ReportAnalyzer ANALYZER = new ReportAnalyzer();

    @BeforeAll
    static void loadExpectations() throws IOException {
        JsonNode file = ContractJson.mapper().readTree(Files.readString(ProjectFiles.inProject("eval/seeds/expectations.json")));
        file.path("seeds").forEach(seed -> EXPECTED.put(seed.path("file").asString(), seed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_f38851139f3ddd31.txt", "001_2e6097f3b5237596.txt", "002_bab88bf13cc8535d.txt",
            "003_f5ab8c29433f7e08.txt", "004_9a9c69a36005647f.txt"})
    void meetsTheExpectations(String seed) {
        JsonNode g = EXPECTED.get(seed);
        assertThat(g).as("expectations for " + seed).isNotNull();
        Analysis a = ANALYZER.analyze(SeedTexts.cleaned(seed),
                SourceInfo.received(seed, "text/plain", "0", 0, Instant.EPOCH, Map.of()));

        JsonNode region = g.path("region");
        assertThat(a.region()).as("region").isNotNull();
        assertThat(a.region().name()).as("region.name").isEqualTo(region.path("name").asString());
        assertThat(a.region().level()).as("region.level").isEqualTo(region.path("level").asString());
        if (region.has("parent")) {
            assertThat(a.region().parent()).as("region.parent").isEqualTo(region.path("parent").asString());
        }
        assertThat(a.year()).as("year").isEqualTo(g.path("year").asInt());
        assertThat(a.docType()).as("docType").isEqualTo(g.path("docType").asString());
        if (g.has("publisher")) {
            assertThat(a.publisher()).as("publisher").isEqualTo(g.path("publisher").asString());
        }
        if (g.has("publishedAt")) {
            assertThat(a.publishedAt()).as("publishedAt").isEqualTo(g.path("publishedAt").asString());
        }
        if (g.has("documentNumber")) {
            assertThat(a.documentNumber()).as("documentNumber").isEqualTo(g.path("documentNumber").asString());
        }
        List<String> sections = a.sections().stream().map(Section::title).map(SeedExpectationsTest::nfkc).toList();
        for (JsonNode s : g.path("sectionTitles")) {
            assertThat(sections).as("sections").anyMatch(t -> t.contains(nfkc(s.asString())));
        }
        Map<String, Function<Analysis, List<Entity>>> kinds = Map.of(
                "places", x -> x.entities().places(), "organizations", x -> x.entities().organizations(),
                "people", x -> x.entities().people(), "programs", x -> x.entities().programs(),
                "projects", x -> x.entities().projects());
        g.path("entities").properties().forEach(e -> {
            List<String> names = kinds.get(e.getKey()).apply(a).stream().map(Entity::name).map(SeedExpectationsTest::nfkc).toList();
            for (JsonNode want : e.getValue()) {
                assertThat(names).as("entities." + e.getKey()).contains(nfkc(want.asString()));
            }
        });
        List<String> topics = a.topics().stream().map(Topic::name).toList();
        for (JsonNode want : g.path("topics")) {
            assertThat(topics).as("topics").contains(want.asString());
        }
    }

    private static String nfkc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC);
    }
}
