package org.baogao.benchmarks;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import org.baogao.contracts.ContractJson;
import org.baogao.contracts.RawReport;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

    /** The reports as extract-service receives them: raw records of UTF-8 text. */
    static List<RawReport> raws(List<String> docs) {
        return docs.stream()
                .map(d -> RawReport.of("national.txt", "text/plain", d.getBytes(StandardCharsets.UTF_8), Instant.EPOCH, Map.of()))
                .toList();
    }

    /** The yardstick of the speed goal: HanLP's segmenter with person, place and organization recognition. */
    static Segment yardstick() {
        return HanLP.newSegment().enablePlaceRecognize(true).enableOrganizationRecognize(true).enableNameRecognize(true);
    }

    static long utf8Bytes(List<String> docs) {
        return docs.stream().mapToLong(d -> d.getBytes(StandardCharsets.UTF_8).length).sum();
    }

    private NationalCorpus() {
    }
}
