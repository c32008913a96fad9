package org.baogao.benchmarks;

import org.baogao.contracts.ContractJson;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The national government work reports ({@code ../shared/corpus/national-gwr.jsonl}, 1954–2025), the
 * benchmark input: real text of every era, traditional and simplified, Chinese and Arabic numerals.
 * Override the location with {@code -Dbaogao.corpus=PATH}.
 */
final class NationalCorpus {
    static final String DEFAULT = "../shared/corpus/national-gwr.jsonl";

    static List<String> load() throws IOException {
        Path path = Path.of(System.getProperty("baogao.corpus", DEFAULT));
        if (!Files.exists(path)) {
            throw new IOException("corpus not found at " + path.toAbsolutePath() + " (set -Dbaogao.corpus=PATH)");
        }
        List<String> docs = new ArrayList<>();
        for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                JsonNode node = ContractJson.mapper().readTree(line);
                String content = node.path("content").asString("");
                if (!content.isBlank()) {
                    docs.add(content);
                }
            }
        }
        return docs;
    }

    static long utf8Bytes(List<String> docs) {
        return docs.stream().mapToLong(d -> d.getBytes(StandardCharsets.UTF_8).length).sum();
    }

    private NationalCorpus() {
    }
}
