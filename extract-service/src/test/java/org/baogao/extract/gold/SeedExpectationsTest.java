package org.baogao.extract.gold;

import org.baogao.contracts.ContractJson;
import org.baogao.testsupport.ProjectFiles;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seeds through the whole pipeline against the project's own expectations ({@code eval/seeds/expectations.json}),
 * everything the enriched report says about them: region, year, document type, publication facts, script,
 * targets (kind target, code, value, comparator), text that must and must not remain, topics, entities,
 * section titles. Runs on any clone; every miss is listed, then the test fails.
 */
class SeedExpectationsTest {

    @Test
    void everySeedMeetsItsExpectations() throws Exception {
        JsonNode expectations = ContractJson.mapper().readTree(Files.readString(ProjectFiles.inProject("eval/seeds/expectations.json")));
        Map<String, JsonNode> enriched = SeedExtraction.reports().stream().collect(Collectors.toMap(
                r -> r.source().name(), r -> ContractJson.mapper().valueToTree(r)));
        List<String> misses = new ArrayList<>();
        int checks = 0;
        for (JsonNode expected : expectations.path("seeds")) {
            String file = expected.path("file").asString();
            JsonNode report = enriched.get(file);
            assertThat(report).as("enriched report of " + file).isNotNull();
            Check check = new Check(file, misses);
            expected.path("region").properties().forEach(e ->
                    check.equal("region." + e.getKey(), report.path("region").path(e.getKey()), e.getValue()));
            for (String field : List.of("year", "docType", "publisher", "publishedAt", "documentNumber", "script")) {
                if (expected.has(field)) {
                    check.equal(field, report.path(field), expected.path(field));
                }
            }
            for (JsonNode target : expected.path("targets")) {
                check.that("target " + target, hasTarget(report.path("targets"), target));
            }
            String text = nfkc(report.path("text").asString());
            expected.path("textContains").forEach(s -> check.that("text contains " + s, text.contains(nfkc(s.asString()))));
            expected.path("textLacks").forEach(s -> check.that("text lacks " + s, !text.contains(nfkc(s.asString()))));
            List<String> topics = names(report.path("topics"), t -> t.path("name"));
            expected.path("topics").forEach(s -> check.that("topic " + s, topics.contains(nfkc(s.asString()))));
            expected.path("entities").properties().forEach(kind -> {
                List<String> found = names(report.path("entities").path(kind.getKey()), e -> e.path("name"));
                kind.getValue().forEach(s -> check.that("entities." + kind.getKey() + " " + s, found.contains(nfkc(s.asString()))));
            });
            List<String> sections = names(report.path("sections"), s -> s.path("title"));
            expected.path("sectionTitles").forEach(s -> check.that("section " + s,
                    sections.stream().anyMatch(t -> t.contains(nfkc(s.asString())))));
            checks += check.count;
        }
        assertThat(checks).as("checks made").isGreaterThan(60);
        assertThat(misses).as(misses.size() + " of " + checks + " checks missed").isEmpty();
    }

    private static boolean hasTarget(JsonNode targets, JsonNode want) {
        double value = want.path("value").asDouble();
        for (JsonNode t : targets) {
            if ("target".equals(t.path("kind").asString()) && want.path("code").asString().equals(t.path("code").asString())
                    && t.path("value").isNumber() && Math.abs(t.path("value").asDouble() - value) <= 1e-6 * Math.max(1, Math.abs(value))
                    && (!want.has("comparator") || want.path("comparator").asString().equals(t.path("comparator").asString()))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> names(JsonNode items, Function<JsonNode, JsonNode> name) {
        List<String> out = new ArrayList<>();
        items.forEach(i -> out.add(nfkc(name.apply(i).asString())));
        return out;
    }

    private static String nfkc(String s) {
        return Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC);
    }

    /** Counts checks and records the ones that missed. */
    private static final class Check {
        private final String file;
        private final List<String> misses;
        private int count;

        Check(String file, List<String> misses) {
            this.file = file;
            this.misses = misses;
        }

        void that(String what, boolean ok) {
            count++;
            if (!ok) {
                misses.add(file + ": " + what);
            }
        }

        void equal(String what, JsonNode actual, JsonNode expected) {
            that(what + " = " + expected.asString() + " (is " + actual.asString() + ")", actual.asString().equals(expected.asString()));
        }
    }
}
