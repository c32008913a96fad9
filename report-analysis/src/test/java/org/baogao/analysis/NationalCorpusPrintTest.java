package org.baogao.analysis;

import org.baogao.cleaning.CleanedText;
import org.baogao.contracts.ContractJson;
import org.baogao.contracts.SourceInfo;
import org.baogao.text.ChineseNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/** Prints what analysis makes of each national report (-Dprint.national=true): a robustness look, no gold. */
@EnabledIfSystemProperty(named = "print.national", matches = "true")
class NationalCorpusPrintTest {
    @Test
    void print() throws Exception {
        ReportAnalyzer analyzer = new ReportAnalyzer();
        Path corpus = Path.of(System.getProperty("corpus.path", "../../shared/corpus/national-gwr.jsonl"));
        int ok = 0;
        int all = 0;
        for (String line : Files.readAllLines(corpus)) {
            JsonNode r = ContractJson.mapper().readTree(line);
            String text = ChineseNormalizer.normalize(r.path("content").asString(""));
            Analysis a = analyzer.analyze(CleanedText.of(text),
                    SourceInfo.received("x", null, "0", 0, Instant.EPOCH, Map.of()));
            int year = r.path("year").asInt(0);
            all++;
            if (a.year() != null && a.year() == year) {
                ok++;
            }
            System.out.println(year + " -> " + a.year() + " " + a.region() + " " + a.docType() + " | " + a.title()
                    + " | secs=" + a.sections().size() + " kw=" + a.keywords().stream().limit(5).map(k -> k.text()).toList());
        }
        System.out.println("year agreement " + ok + "/" + all);
    }
}
