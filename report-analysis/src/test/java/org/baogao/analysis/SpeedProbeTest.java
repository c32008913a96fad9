package org.baogao.analysis;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import org.baogao.cleaning.CleanedText;
import org.baogao.contracts.ContractJson;
import org.baogao.contracts.SourceInfo;
import org.baogao.text.ChineseNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A rough look (-Dprobe.speed=true) at analysis time against HanLP segmentation with NER on the national
 * corpus, per part; asserts nothing. The real measurement is the JMH benchmark in benchmarks/.
 */
@EnabledIfSystemProperty(named = "probe.speed", matches = "true")
class SpeedProbeTest {
    @Test
    void probe() throws Exception {
        List<String> docs = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("../../shared/corpus/national-gwr.jsonl"))) {
            docs.add(ChineseNormalizer.normalize(ContractJson.mapper().readTree(line).path("content").asString("")));
        }
        Segment hanlp = HanLP.newSegment().enablePlaceRecognize(true).enableOrganizationRecognize(true).enableNameRecognize(true);
        ReportAnalyzer analyzer = new ReportAnalyzer();
        SourceInfo source = SourceInfo.received("x", null, "0", 0, Instant.EPOCH, Map.of());
        for (int round = 0; round < 4; round++) {
            long t0 = System.nanoTime();
            for (String d : docs) {
                hanlp.seg(d);
            }
            long t1 = System.nanoTime();
            for (String d : docs) {
                analyzer.analyze(CleanedText.of(d), source);
            }
            long t2 = System.nanoTime();
            System.out.printf("round %d: hanlp+ner %d ms, analysis %d ms%n", round, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
            long[] parts = new long[10];
            var divisions = org.baogao.analysis.region.Divisions.snapshot();
            var evidence = new org.baogao.analysis.region.DivisionEvidence(divisions);
            var segmenter = new org.baogao.analysis.terms.TermSegmenter();
            for (String d : docs) {
                long a = System.nanoTime();
                new org.baogao.analysis.header.PublicationReader().read(Map.of(), d);
                long b = System.nanoTime();
                var mentions = evidence.resolve(divisions.find(d));
                long c = System.nanoTime();
                new org.baogao.analysis.region.RegionResolver(divisions).resolve(d, mentions, "", null);
                long e = System.nanoTime();
                new org.baogao.analysis.period.PlanYearResolver().resolve(d, null, null, null);
                new org.baogao.analysis.doctype.DocTypeClassifier().classify(null, d);
                long f = System.nanoTime();
                new org.baogao.analysis.outline.OutlineExtractor().extract(d);
                long g = System.nanoTime();
                new org.baogao.targets.TargetExtractor().extract(d, 2020, (x, y) -> false);
                long h = System.nanoTime();
                var terms = segmenter.segment(d);
                long i = System.nanoTime();
                new org.baogao.analysis.entities.EntityExtractor(divisions).extract(terms, mentions);
                long j = System.nanoTime();
                new org.baogao.analysis.topics.TopicTagger().tag(d);
                long k = System.nanoTime();
                new org.baogao.analysis.keywords.KeywordRanker().rank(terms, java.util.Set.of("中国", "北京", "国务院"));
                long l = System.nanoTime();
                long[] t = {b - a, c - b, e - c, f - e, g - f, h - g, i - h, j - i, k - j, l - k};
                for (int x = 0; x < t.length; x++) {
                    parts[x] += t[x];
                }
            }
            String[] names = {"publication", "divisions", "region", "year+type", "outline", "targets", "segment", "entities", "topics", "keywords"};
            StringBuilder sb = new StringBuilder("  parts:");
            for (int x = 0; x < names.length; x++) {
                sb.append(' ').append(names[x]).append('=').append(parts[x] / 1_000_000);
            }
            System.out.println(sb);
        }
    }
}
