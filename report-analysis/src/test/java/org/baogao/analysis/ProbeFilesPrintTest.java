package org.baogao.analysis;

import org.baogao.cleaning.CleanedText;
import org.baogao.contracts.SourceInfo;
import org.baogao.text.ChineseNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/** Analysis of every file in -Dprobe.dir, normalized, printed; asserts nothing. */
@EnabledIfSystemProperty(named = "probe.dir", matches = ".+")
class ProbeFilesPrintTest {
    @Test
    void print() throws Exception {
        ReportAnalyzer analyzer = new ReportAnalyzer();
        try (var files = Files.list(Path.of(System.getProperty("probe.dir")))) {
            for (Path f : files.sorted().toList()) {
                String text = ChineseNormalizer.normalize(Files.readString(f));
                Analysis r = analyzer.analyze(CleanedText.of(text),
                        SourceInfo.received(f.getFileName().toString(), null, "0", 0, Instant.EPOCH, Map.of()));
                System.out.println("=== " + f.getFileName());
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
            }
        }
    }
}
