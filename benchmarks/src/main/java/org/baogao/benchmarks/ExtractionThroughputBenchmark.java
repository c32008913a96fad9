package org.baogao.benchmarks;

import com.hankcs.hanlp.seg.Segment;
import org.baogao.analysis.ReportAnalyzer;
import org.baogao.cleaning.CleanedText;
import org.baogao.cleaning.ReportCleaner;
import org.baogao.contracts.RawReport;
import org.baogao.extract.pipeline.ReportPipeline;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One operation = the whole national corpus (~3.3 MB of UTF-8) through one of:
 * <ul>
 *   <li>{@link #fullEnrichment}: the extract-service pipeline exactly as the Kafka listener runs it
 *       (decode, clean, structure, targets, entities, topics, keywords);</li>
 *   <li>{@link #hanlpSegmentationAndNer}: HanLP's segmenter with person, place and organization
 *       recognition alone, the yardstick of the speed goal (full enrichment ≥ 90% of it).</li>
 * </ul>
 * plus the pipeline's two halves on their own, to see where the time goes:
 * {@link #cleaningOnly} (decode + cleaning chain) and {@link #analysisOnly} (structure, targets, entities,
 * topics, keywords on already cleaned text).
 * Throughput in MB/s = corpus MB / seconds per op; the tear-down prints the corpus size to divide by.
 * Run: {@code java -jar benchmarks/target/benchmarks.jar -f 1 -wi 2 -i 5} from the project root.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class ExtractionThroughputBenchmark {
    private List<String> docs;
    private List<RawReport> raws;
    private ReportPipeline pipeline;
    private Segment hanlp;
    private ReportCleaner cleaner;
    private ReportAnalyzer analyzer;
    private List<CleanedText> cleaned;

    @Setup
    public void load() throws Exception {
        docs = NationalCorpus.load();
        raws = NationalCorpus.raws(docs);
        cleaner = new ReportCleaner();
        analyzer = new ReportAnalyzer();
        pipeline = new ReportPipeline(cleaner, analyzer);
        cleaned = new java.util.ArrayList<>();
        for (RawReport raw : raws) {
            cleaned.add(cleaner.clean(raw.content()));
        }
        hanlp = NationalCorpus.yardstick();
    }

    @Benchmark
    public void fullEnrichment(Blackhole sink) {
        for (RawReport raw : raws) {
            sink.consume(pipeline.enrich(raw));
        }
    }

    @Benchmark
    public void cleaningOnly(Blackhole sink) throws Exception {
        for (RawReport raw : raws) {
            sink.consume(cleaner.clean(raw.content()));
        }
    }

    @Benchmark
    public void analysisOnly(Blackhole sink) {
        for (int i = 0; i < cleaned.size(); i++) {
            sink.consume(analyzer.analyze(cleaned.get(i), raws.get(i).source()));
        }
    }

    @Benchmark
    public void hanlpSegmentationAndNer(Blackhole sink) {
        for (String doc : docs) {
            sink.consume(hanlp.seg(doc));
        }
    }

    @TearDown
    public void report() {
        System.out.printf("%ncorpus: %d reports, %.2f MB UTF-8 (MB/s = %.2f / (ms per op / 1000))%n",
                docs.size(), NationalCorpus.utf8Bytes(docs) / 1e6, NationalCorpus.utf8Bytes(docs) / 1e6);
    }
}
