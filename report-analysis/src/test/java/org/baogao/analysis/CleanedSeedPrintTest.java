package org.baogao.analysis;

import org.baogao.cleaning.CleanedText;
import org.baogao.cleaning.ReportCleaner;
import org.baogao.contracts.SourceInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.nio.file.Files;
import java.time.Instant;
import java.util.Map;

/**
 * Seeds through the real cleaner, then analysis, printed (-Dprint.cleaned=true); asserts nothing. With
 * -Dgold.out=FILE it also writes the fields shared/spec/check_extraction.py reads, one JSON object a line.
 */
@EnabledIfSystemProperty(named = "print.cleaned", matches = "true")
class CleanedSeedPrintTest {
    @Test
    void print() throws Exception {
        String out = System.getProperty("gold.out");
        java.util.List<String> lines = new java.util.ArrayList<>();
        ReportCleaner cleaner = new ReportCleaner();
        ReportAnalyzer analyzer = new ReportAnalyzer();
        for (String f : new String[]{"000_f38851139f3ddd31.txt", "001_2e6097f3b5237596.txt", "002_bab88bf13cc8535d.txt",
                "003_f5ab8c29433f7e08.txt", "004_9a9c69a36005647f.txt"}) {
            CleanedText c = cleaner.clean(Files.readAllBytes(SeedTexts.SEEDS.resolve(f)));
            Analysis r = analyzer.analyze(c, SourceInfo.received(f, "text/plain", "x", 0, Instant.EPOCH, Map.of()));
            System.out.println("=== " + f + " header=" + c.header());
            System.out.println("title=" + r.title() + " region=" + r.region() + " year=" + r.year() + " type=" + r.docType()
                    + " pub=" + r.publisher() + " at=" + r.publishedAt() + " no=" + r.documentNumber());
            r.sections().forEach(s -> System.out.println("  S" + s.level() + " " + s.title()));
            System.out.println(" orgs=" + r.entities().organizations().stream().map(e -> e.name()).toList());
            System.out.println(" people=" + r.entities().people().stream().map(e -> e.name()).toList());
            System.out.println(" programs=" + r.entities().programs().stream().map(e -> e.name()).toList());
            System.out.println(" projects=" + r.entities().projects().stream().map(e -> e.name()).toList());
            System.out.println(" places=" + r.entities().places().stream().map(e -> e.name()).toList());
            System.out.println(" topics=" + r.topics().stream().map(e -> e.name()).toList());
            System.out.println(" keywords=" + r.keywords().stream().map(e -> e.text()).toList());
            System.out.println(" targets=" + r.targets().size());
            Map<String, Object> json = new java.util.LinkedHashMap<>();
            json.put("source", Map.of("name", f));
            json.put("text", c.text());
            json.put("script", c.script());
            json.put("region", r.region());
            json.put("year", r.year());
            json.put("docType", r.docType());
            json.put("publisher", r.publisher());
            json.put("publishedAt", r.publishedAt());
            json.put("documentNumber", r.documentNumber());
            json.put("targets", r.targets());
            json.put("topics", r.topics());
            json.put("entities", r.entities());
            json.put("sections", r.sections());
            lines.add(org.baogao.contracts.ContractJson.toJson(json));
        }
        if (out != null) {
            Files.write(java.nio.file.Path.of(out), lines);
        }
    }
}
