package org.baogao.benchmarks;

import com.hankcs.hanlp.seg.Segment;
import org.baogao.analysis.ReportAnalyzer;
import org.baogao.cleaning.ReportCleaner;
import org.baogao.contracts.RawReport;
import org.baogao.extract.pipeline.ReportPipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The speed goal's ratio measured in one JVM: each round runs the national corpus through the yardstick (HanLP
 * segmentation + NER, as {@link ExtractionThroughputBenchmark#hanlpSegmentationAndNer}) and then through full
 * enrichment (as {@link ExtractionThroughputBenchmark#fullEnrichment}), timing each by the thread's CPU time.
 * Separate JMH forks on a shared machine differ by up to ±30%; two halves of one round, in CPU time, see the same
 * machine, so the ratio of a round says more than either time. Prints every round and the median ratio of the
 * second half of the rounds (the first half warms the JIT).
 * Run: {@code java -cp benchmarks/target/benchmarks.jar org.baogao.benchmarks.PairedRatio [rounds]} (default 16).
 */
public final class PairedRatio {

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        List<String> docs = NationalCorpus.load();
        List<RawReport> raws = NationalCorpus.raws(docs);
        ReportPipeline pipeline = new ReportPipeline(new ReportCleaner(), new ReportAnalyzer());
        Segment yardstick = NationalCorpus.yardstick();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Double> ratios = new ArrayList<>();
        long sink = 0;
        System.out.printf("corpus: %d reports, %.2f MB UTF-8; %d rounds%n", docs.size(),
                NationalCorpus.utf8Bytes(docs) / 1e6, rounds);
        for (int round = 1; round <= rounds; round++) {
            long start = threads.getCurrentThreadCpuTime();
            for (String doc : docs) {
                sink += yardstick.seg(doc).size();
            }
            long yardstickNanos = threads.getCurrentThreadCpuTime() - start;
            start = threads.getCurrentThreadCpuTime();
            for (RawReport raw : raws) {
                sink += pipeline.enrich(raw).hashCode();
            }
            long enrichmentNanos = threads.getCurrentThreadCpuTime() - start;
            double ratio = (double) yardstickNanos / enrichmentNanos;
            System.out.printf("round %2d: yardstick %5d ms CPU, full enrichment %5d ms CPU, ratio %.2f%n", round,
                    yardstickNanos / 1_000_000, enrichmentNanos / 1_000_000, ratio);
            if (round > rounds / 2) {
                ratios.add(ratio);
            }
        }
        Collections.sort(ratios);
        System.out.printf("median ratio (yardstick / full enrichment, CPU time) of rounds %d-%d: %.2f%s%n",
                rounds / 2 + 1, rounds, ratios.get(ratios.size() / 2), sink == 42 ? " " : "");
    }

    private PairedRatio() {
    }
}
