package org.baogao.analysis;

import org.baogao.contracts.SourceInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.time.Instant;
import java.util.Map;

@EnabledIfSystemProperty(named = "print.seeds", matches = "true")
class SeedPrintTest {
    @Test
    void print() {
        ReportAnalyzer a = new ReportAnalyzer();
        for (String f : new String[]{"000_f38851139f3ddd31.txt", "001_2e6097f3b5237596.txt", "002_bab88bf13cc8535d.txt",
                "003_f5ab8c29433f7e08.txt", "004_9a9c69a36005647f.txt"}) {
            var c = SeedTexts.cleaned(f);
            Analysis r = a.analyze(c, SourceInfo.received(f, "text/plain", "x", 0, Instant.now(), Map.of()));
            System.out.println("=== " + f + " header=" + c.header());
            System.out.println("title=" + r.title() + " region=" + r.region() + " year=" + r.year() + " type=" + r.docType()
                    + " pub=" + r.publisher() + " at=" + r.publishedAt() + " no=" + r.documentNumber());
            r.sections().forEach(s -> System.out.println("  S" + s.level() + " " + s.title() + " [" + s.start() + "," + s.end() + ")"));
            System.out.println(" places=" + r.entities().places());
            System.out.println(" orgs=" + r.entities().organizations());
            System.out.println(" people=" + r.entities().people());
            System.out.println(" programs=" + r.entities().programs());
            System.out.println(" projects=" + r.entities().projects());
            System.out.println(" topics=" + r.topics());
            System.out.println(" keywords=" + r.keywords());
        }
    }
}
