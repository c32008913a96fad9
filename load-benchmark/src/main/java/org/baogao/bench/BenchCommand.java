package org.baogao.bench;

import org.baogao.bench.corpus.BaseReport;
import org.baogao.bench.corpus.CorpusBuilder;
import org.baogao.client.PipelineClient;
import org.baogao.client.ReportFile;
import org.baogao.client.ingest.BatchUploader;
import org.baogao.client.ingest.ProgressBar;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;

/**
 * {@code bin/baogao bench}: the load benchmark. Builds a corpus of N distinct reports, then, against the running
 * pipeline and in one run: offline extraction of the same files, the pipeline at its maximum rate (throughput and
 * its ratio to offline extraction), ingest→searchable latency at half that rate, the query mix against the
 * service and against Elasticsearch directly, and the index's bytes per report and per byte of text. Where the
 * CPU went is measured for every phase.
 */
@Command(name = "baogao bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Load benchmark against the running pipeline (bin/baogao up first, on a fresh state).")
public final class BenchCommand implements Callable<Integer> {

    @Option(names = {"-n", "--reports"}, defaultValue = "2000", description = "reports in the corpus (default: ${DEFAULT-VALUE})")
    int reports;

    @Option(names = "--seed", defaultValue = "1", description = "corpus seed: the same seed, the same files (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--root", defaultValue = "${sys:baogao.root:-.}", description = "the project folder (default: ${DEFAULT-VALUE})")
    Path root;

    @Option(names = "--ingest", defaultValue = "http://127.0.0.1:8081", description = "ingest-service (default: ${DEFAULT-VALUE})")
    String ingestUrl;

    @Option(names = "--search", defaultValue = "http://127.0.0.1:8080", description = "search-service (default: ${DEFAULT-VALUE})")
    String searchUrl;

    @Option(names = "--es", defaultValue = "http://127.0.0.1:9200", description = "Elasticsearch (default: ${DEFAULT-VALUE})")
    String esUrl;

    @Option(names = "--kafka", defaultValue = "127.0.0.1:9092", description = "Kafka, for the stages' statuses (default: ${DEFAULT-VALUE})")
    String kafka;

    @Option(names = "--alias", defaultValue = "baogao-reports", description = "the search alias (default: ${DEFAULT-VALUE})")
    String alias;

    @Option(names = "--extract-sample", defaultValue = "2000",
            description = "files of the throughput set that offline extraction runs on, spread evenly (default: ${DEFAULT-VALUE})")
    int extractSample;

    @Option(names = "--latency-seconds", defaultValue = "60", description = "how long reports are posted at half the maximum rate (default: ${DEFAULT-VALUE})")
    int latencySeconds;

    @Option(names = "--rounds", defaultValue = "20", description = "timed rounds of the query mix (default: ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--concurrency", defaultValue = "4", description = "batch requests in flight in the maximum-rate phase (default: ${DEFAULT-VALUE})")
    int concurrency;

    @Option(names = "--queries-only", description = "only the query mix and the index figures, against what is loaded")
    boolean queriesOnly;

    private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    private final PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Path work = root.resolve(".baogao/bench");
        Report report = new Report(reports, seed);
        report.line("machine: " + Runtime.getRuntime().availableProcessors() + " cores, "
                + memory() + ", Java " + Runtime.version() + ", load average at start " + loadAverage());
        report.line("started " + Instant.now());
        ElasticsearchProbe es = new ElasticsearchProbe(esUrl, alias);
        CpuAccounting cpu = new CpuAccounting(processes());
        String prefix = "bench-s" + seed + "-";
        if (!queriesOnly) {
            int latencyCount = Math.max(50, Math.min(1500, reports / 5));
            int throughputCount = reports - latencyCount;
            List<BaseReport> bases = BaseReport.load(root.resolve("../shared/corpus/national-gwr.jsonl"),
                    root.resolve("../shared/corpus/provincial-2026"));
            err.printf("building the corpus: %d reports from %d real ones into %s%n", reports, bases.size(), work);
            CorpusBuilder corpus = new CorpusBuilder(bases, seed);
            Path folder = work.resolve("corpus-s" + seed);
            List<Path> throughputFiles = corpus.write(folder, 0, throughputCount);
            List<Path> latencyFiles = corpus.write(folder, throughputCount, reports);
            report.corpus(throughputFiles, latencyFiles);
            long already = es.countWithSourcePrefix(prefix);
            if (already > 0) {
                err.printf("the index already holds %d reports of this corpus (seed %d): start from a fresh state "
                        + "(bin/baogao down, then remove .baogao/servers) or use another --seed%n", already, seed);
                return 2;
            }
            offline(throughputFiles, report, cpu);
            double filesPerSecond = throughput(throughputFiles, report, es, cpu, prefix);
            latency(latencyFiles, filesPerSecond / 2, report, es, cpu);
        }
        queries(report, es, cpu);
        index(report, es);
        report.line("load average at end " + loadAverage() + "; finished " + Instant.now());
        String text = report.toString();
        out.println(text);
        Files.createDirectories(work);
        Path saved = work.resolve((queriesOnly ? "bench-queries-" : "bench-n" + reports + "-")
                + Instant.now().toString().replace(':', '-') + ".md");
        Files.writeString(saved, text);
        err.println("saved to " + saved);
        return 0;
    }

    private void offline(List<Path> files, Report report, CpuAccounting cpu) throws IOException, InterruptedException {
        List<Path> sample = new ArrayList<>();
        int step = Math.max(1, files.size() / Math.max(1, extractSample));
        for (int i = 0; i < files.size() && sample.size() < extractSample; i += step) {
            sample.add(files.get(i));
        }
        Path probe = files.stream().min(Comparator.comparingLong(BenchCommand::size)).orElseThrow();
        err.printf("offline extraction (bin/baogao extract) of %d files...%n", sample.size());
        Path jar = root.resolve("extract-service/target/extract-service-0.1.0-SNAPSHOT-exec.jar");
        CpuAccounting.Snapshot before = cpu.snapshot();
        OfflineExtraction.Timing t = new OfflineExtraction(jar, "1g").time(sample, probe);
        report.offline = t;
        report.offlineCpu = CpuAccounting.between(before, cpu.snapshot());
    }

    /** All throughput files as fast as the pipeline takes them; returns reports per second, post to searchable. */
    private double throughput(List<Path> files, Report report, ElasticsearchProbe es, CpuAccounting cpu, String prefix)
            throws IOException, InterruptedException {
        PipelineClient client = new PipelineClient(ingestUrl, searchUrl);
        List<ReportFile> upload = new ArrayList<>();
        for (Path p : files) {
            upload.add(ReportFile.of(p));
        }
        long bytes = upload.stream().mapToLong(ReportFile::size).sum();
        err.printf("maximum rate: posting %d files (%.1f MB), %d batches in flight...%n", files.size(), bytes / 1e6, concurrency);
        CpuAccounting.Snapshot before = cpu.snapshot();
        long started = System.nanoTime();
        List<BatchUploader.Outcome> outcomes;
        BatchUploader.Settings settings = new BatchUploader.Settings(concurrency, 25, 8L << 20, 20,
                Duration.ofMillis(500), Duration.ofSeconds(30), Map.of());
        try (ProgressBar bar = new ProgressBar(err, System.console() != null, upload.size(), bytes, Duration.ofSeconds(10))) {
            outcomes = new BatchUploader(client, settings).upload(upload, bar);
        }
        double posted = (System.nanoTime() - started) / 1e9;
        long accepted = outcomes.stream().filter(BatchUploader.Outcome::accepted).map(BatchUploader.Outcome::reportId).distinct().count();
        long refused = outcomes.size() - outcomes.stream().filter(BatchUploader.Outcome::accepted).count();
        // searchable: counted in Elasticsearch; done when all are, or when the count stops growing for two minutes
        long count = 0;
        long lastGrowth = System.nanoTime();
        while (count < accepted && System.nanoTime() - lastGrowth < Duration.ofMinutes(2).toNanos()) {
            Thread.sleep(500);
            long now = es.countWithSourcePrefix(prefix);
            if (now > count) {
                count = now;
                lastGrowth = System.nanoTime();
                err.printf("\rsearchable: %d/%d", count, accepted);
            }
        }
        err.println();
        double seconds = (lastGrowth - started) / 1e9;
        report.throughput = new Throughput(files.size(), bytes, accepted, refused, count, posted, seconds);
        report.throughputCpu = CpuAccounting.between(before, cpu.snapshot());
        return count / seconds;
    }

    private void latency(List<Path> files, double rate, Report report, ElasticsearchProbe es, CpuAccounting cpu) throws Exception {
        int count = (int) Math.min(files.size(), Math.max(20, rate * latencySeconds));
        err.printf("latency: %d reports posted one at a time at %.1f/s (half the maximum rate)...%n", count, rate);
        StageTimes stages = new StageTimes(kafka);
        stages.mark();
        CpuAccounting.Snapshot before = cpu.snapshot();
        SearchableLatency.Result result = new SearchableLatency(new PipelineClient(ingestUrl, searchUrl), es)
                .measure(files.subList(0, count), rate, Duration.ofSeconds(latencySeconds + 120L), err);
        report.latency = result;
        report.stages = StageBreakdown.of(result, stages.read(result.searchable().keySet()));
        report.latencyRate = rate;
        report.latencyCpu = CpuAccounting.between(before, cpu.snapshot());
    }

    private void queries(Report report, ElasticsearchProbe es, CpuAccounting cpu) {
        err.printf("query mix: %d queries × %d rounds, service and Elasticsearch alternately...%n", QueryMix.standard().size(), rounds);
        CpuAccounting.Snapshot before = cpu.snapshot();
        report.queries = new QueryMix(searchUrl, es, alias).run(QueryMix.standard(), rounds);
        report.queriesCpu = CpuAccounting.between(before, cpu.snapshot());
    }

    private void index(Report report, ElasticsearchProbe es) {
        report.reportsIndexed = es.reports();
        report.store = es.store();
        report.textPerRawByte = es.textBytesPerRawByte(500);
        err.println("merging the index into one segment for its steady-state size...");
        es.forceMerge();
        report.mergedStore = es.store();
    }

    /** Pipeline processes by name, from bin/baogao's pid files and the servers' state. */
    private Map<String, Long> processes() {
        Map<String, Long> pids = new LinkedHashMap<>();
        for (String service : List.of("ingest-service", "extract-service", "search-service")) {
            try {
                pids.put(service, Long.parseLong(Files.readString(root.resolve(".baogao/pids/" + service + ".pid")).strip()));
            } catch (IOException | NumberFormatException e) {
                // not started by bin/baogao here: its CPU counts as others'
            }
        }
        Properties servers = new Properties();
        try (var in = Files.newInputStream(root.resolve(".baogao/servers/servers.properties"))) {
            servers.load(in);
            for (String name : List.of("kafka", "elasticsearch")) {
                String pid = servers.getProperty(name + ".pid");
                if (pid != null) {
                    pids.put(name, Long.parseLong(pid.strip()));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // external servers
        }
        return pids;
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip().split(" ", 4)[0];
        } catch (IOException e) {
            return "?";
        }
    }

    private static String memory() {
        try {
            String total = Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("\\D+", "");
            return String.format(Locale.ROOT, "%.0f GB RAM", Long.parseLong(total) / 1024.0 / 1024.0);
        } catch (IOException | RuntimeException e) {
            return "? RAM";
        }
    }

    /**
     * @param posted     seconds until the last file was accepted by ingest-service
     * @param searchable seconds from the first post until the last report became searchable
     */
    record Throughput(int files, long bytes, long accepted, long refused, long searchableCount, double posted, double searchable) {
        double bytesPerSecond() {
            return bytes / searchable;
        }

        double filesPerSecond() {
            return searchableCount / searchable;
        }
    }
}
