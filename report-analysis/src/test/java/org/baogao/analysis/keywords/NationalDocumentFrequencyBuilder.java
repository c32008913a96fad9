package org.baogao.analysis.keywords;

import org.baogao.analysis.terms.TermSegmenter;
import org.baogao.contracts.ContractJson;
import org.baogao.text.ChineseNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rebuilds {@code national-df.tsv} from the national corpus (shared/corpus/national-gwr.jsonl): each
 * report normalized, segmented and reduced to its {@link KeywordCandidates} exactly as analysis does,
 * and for each phrase the number of reports using it. Phrases used by fewer than two reports are left
 * out (an absent phrase reads as df 0), which keeps the resource small.
 *
 * <p>Run by {@code scripts/regenerate-df.sh}; skipped in normal builds.
 */
@EnabledIfSystemProperty(named = "regenerate.df", matches = "true")
class NationalDocumentFrequencyBuilder {
    private static final int MIN_DF = 2;

    @Test
    void regenerate() throws IOException {
        Path corpus = locate("shared/corpus/national-gwr.jsonl");
        Path out = Path.of("src/main/resources/org/baogao/analysis/keywords", DocumentFrequencies.RESOURCE);
        TermSegmenter segmenter = new TermSegmenter();
        Map<String, Integer> df = new HashMap<>();
        int documents = 0;
        for (String line : Files.readAllLines(corpus, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode report = ContractJson.mapper().readTree(line);
            String content = report.path("content").asString("");
            if (content.isBlank()) {
                continue;
            }
            Set<String> phrases = new HashSet<>();
            KeywordCandidates.forEach(segmenter.segment(ChineseNormalizer.normalize(content)).terms(),
                    (phrase, offset) -> phrases.add(phrase));
            phrases.forEach(p -> df.merge(p, 1, Integer::sum));
            documents++;
        }
        List<String> lines = new ArrayList<>();
        lines.add("# document frequencies of keyword candidates in shared/corpus/national-gwr.jsonl;"
                + " regenerate with scripts/regenerate-df.sh");
        lines.add("# documents=" + documents);
        df.entrySet().stream()
                .filter(e -> e.getValue() >= MIN_DF)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> lines.add(e.getKey() + "\t" + e.getValue()));
        Files.createDirectories(out.getParent());
        Files.write(out, lines, StandardCharsets.UTF_8);
    }

    private static Path locate(String relative) {
        String configured = System.getProperty("corpus.path");
        if (configured != null) {
            return Path.of(configured);
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve(relative))) {
                return p.resolve(relative);
            }
        }
        throw new IllegalStateException(relative + " not found above " + Path.of("").toAbsolutePath());
    }
}
