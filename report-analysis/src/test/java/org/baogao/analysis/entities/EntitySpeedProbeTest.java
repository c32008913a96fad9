package org.baogao.analysis.entities;

import org.baogao.analysis.region.DivisionEvidence;
import org.baogao.analysis.region.Divisions;
import org.baogao.analysis.terms.ReportTerms;
import org.baogao.analysis.terms.TermSegmenter;
import org.baogao.contracts.ContractJson;
import org.baogao.text.ChineseNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Per-finder time on the national corpus (-Dprobe.speed=true); asserts nothing. */
@EnabledIfSystemProperty(named = "probe.speed", matches = "true")
class EntitySpeedProbeTest {
    @Test
    void probe() throws Exception {
        List<String> docs = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("../../shared/corpus/national-gwr.jsonl"))) {
            docs.add(ChineseNormalizer.normalize(ContractJson.mapper().readTree(line).path("content").asString("")));
        }
        Divisions divisions = Divisions.snapshot();
        DivisionEvidence evidence = new DivisionEvidence(divisions);
        List<ReportTerms> terms = new ArrayList<>();
        List<List<DivisionEvidence.Resolved>> mentions = new ArrayList<>();
        TermSegmenter segmenter = new TermSegmenter();
        for (String d : docs) {
            terms.add(segmenter.segment(d));
            mentions.add(evidence.resolve(divisions.find(d)));
        }
        for (int round = 0; round < 3; round++) {
            long[] t = new long[6];
            for (int i = 0; i < docs.size(); i++) {
                String d = docs.get(i);
                long a = System.nanoTime();
                new PlaceFinder().find(mentions.get(i), terms.get(i), new Mentions());
                long b = System.nanoTime();
                Mentions orgs = new Mentions();
                new OrganizationFinder(s -> false).find(d, terms.get(i), orgs, new Mentions());
                long c = System.nanoTime();
                new PeopleFinder().find(d, terms.get(i), new Mentions());
                long e = System.nanoTime();
                new ProgramFinder().find(d, new Mentions());
                long f = System.nanoTime();
                new ProjectFinder().find(d, terms.get(i), new Mentions());
                long g = System.nanoTime();
                orgs.recount(d);
                long h = System.nanoTime();
                long[] x = {b - a, c - b, e - c, f - e, g - f, h - g};
                for (int k = 0; k < 6; k++) {
                    t[k] += x[k];
                }
            }
            System.out.printf("places=%d orgs=%d people=%d programs=%d projects=%d recount=%d%n",
                    t[0] / 1_000_000, t[1] / 1_000_000, t[2] / 1_000_000, t[3] / 1_000_000, t[4] / 1_000_000, t[5] / 1_000_000);
        }
    }
}
