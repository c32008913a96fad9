package org.baogao.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The figures of one benchmark run and the goals they are held against, as Markdown. */
final class Report {
    static final double SEARCH_P99_GOAL_MS = 50;
    static final double SERVICE_OVERHEAD_GOAL = 1.2;
    static final double TARGETS_P99_GOAL_MS = 100;
    static final double INDEX_TEXT_RATIO_GOAL = 3;
    static final double THROUGHPUT_RATIO_GOAL = 0.8;
    static final double LATENCY_P99_GOAL_MS = 1500;

    private final int reports;
    private final long seed;
    private final List<String> notes = new ArrayList<>();
    private String corpus = "";

    OfflineExtraction.Timing offline;
    CpuAccounting.Usage offlineCpu;
    BenchCommand.Throughput throughput;
    CpuAccounting.Usage throughputCpu;
    SearchableLatency.Result latency;
    double latencyRate;
    StageBreakdown stages;
    CpuAccounting.Usage latencyCpu;
    List<QueryMix.Timed> queries = List.of();
    CpuAccounting.Usage queriesCpu;
    long reportsIndexed;
    ElasticsearchProbe.Store store;
    ElasticsearchProbe.Store mergedStore;
    double textPerRawByte;

    Report(int reports, long seed) {
        this.reports = reports;
        this.seed = seed;
    }

    void line(String note) {
        notes.add(note);
    }

    void corpus(List<Path> throughputFiles, List<Path> latencyFiles) {
        long full = 0;
        long bytes = 0;
        for (Path p : throughputFiles) {
            full += p.getFileName().toString().endsWith("-report.txt") ? 1 : 0;
            bytes += size(p);
        }
        corpus = String.format(Locale.ROOT, "%d reports (seed %d): %d for the maximum rate (%.1f MB, %d full reports, "
                        + "%d news items), %d for the latency phase", reports, seed, throughputFiles.size(), bytes / 1e6, full,
                throughputFiles.size() - full, latencyFiles.size());
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String goal(boolean met) {
        return met ? "met" : "**not met**";
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        // --queries-only builds no corpus: its N is what the index holds, not the option's default
        s.append(corpus.isEmpty() ? "# Load benchmark, query mix only, " + reportsIndexed + " reports indexed"
                : "# Load benchmark, N = " + reports).append("\n\n");
        notes.forEach(n -> s.append("- ").append(n).append('\n'));
        if (!corpus.isEmpty()) {
            s.append("- corpus: ").append(corpus).append('\n');
        }
        s.append("\n| figure | value | goal |\n|---|---|---|\n");
        if (offline != null && throughput != null) {
            double ratio = throughput.bytesPerSecond() / offline.bytesPerSecond();
            s.append(row("offline extraction (`bin/baogao extract`, one JVM)", String.format(Locale.ROOT,
                    "%d files, %.2f MB/s, %.1f files/s (start-up %.1f s taken off)", offline.files(),
                    offline.bytesPerSecond() / 1e6, offline.filesPerSecond(), offline.startupSeconds()), ""));
            s.append(row("pipeline at its maximum rate (post → searchable)", String.format(Locale.ROOT,
                    "%d of %d files searchable in %.1f s: %.2f MB/s, %.1f reports/s (all posted after %.1f s; %d refused)",
                    throughput.searchableCount(), throughput.files(), throughput.searchable(), throughput.bytesPerSecond() / 1e6,
                    throughput.filesPerSecond(), throughput.posted(), throughput.refused()), ""));
            s.append(row("**throughput ratio** pipeline / offline (MB/s)", String.format(Locale.ROOT, "%.2f", ratio),
                    "≥ " + THROUGHPUT_RATIO_GOAL + ": " + goal(ratio >= THROUGHPUT_RATIO_GOAL)));
            if (offlineCpu != null && throughputCpu != null) {
                double offlineCpuPerMb = offlineCpu.processSeconds().getOrDefault("benchmark", 0.0) / (offline.bytes() / 1e6);
                double pipelineSeconds = throughputCpu.processSeconds().entrySet().stream()
                        .filter(e -> !e.getKey().equals("benchmark")).mapToDouble(Map.Entry::getValue).sum();
                double pipelineCpuPerMb = pipelineSeconds / (throughput.bytes() / 1e6);
                s.append(row("CPU per MB: offline / pipeline (all five processes)", String.format(Locale.ROOT,
                        "%.1f / %.1f CPU-s per MB: the pipeline spends %.2f× the CPU of offline extraction; with the "
                                + "machine to itself (2 extract threads against 1) it would reach a ratio of about %.2f",
                        offlineCpuPerMb, pipelineCpuPerMb, pipelineCpuPerMb / offlineCpuPerMb,
                        Math.min(2.0, throughputCpu.cores()) * offlineCpuPerMb / pipelineCpuPerMb), ""));
            }
        }
        if (latency != null) {
            s.append(row("**ingest → searchable** at half the maximum rate", String.format(Locale.ROOT,
                    "%.1f reports/s: p50 %.0f ms, p99 %.0f ms (%d reports; %d refused, %d not searchable in time)",
                    latencyRate, latency.latencies().p50(), latency.latencies().p99(), latency.latencies().count(),
                    latency.refused(), latency.notFound()),
                    "p99 ≤ " + (int) LATENCY_P99_GOAL_MS + " ms: " + goal(latency.latencies().p99() <= LATENCY_P99_GOAL_MS)));
            if (stages != null && stages.accepting().count() > 0) {
                s.append(row("stages of it (statuses' times)", String.format(Locale.ROOT,
                        "post → accepted %s; → enriched %s; → indexed %s; → searchable %s",
                        brief(stages.accepting()), brief(stages.extracting()), brief(stages.indexing()), brief(stages.refreshing())), ""));
            }
        }
        Latencies searchService = new Latencies();
        Latencies searchRaw = new Latencies();
        Latencies targets = new Latencies();
        for (QueryMix.Timed t : queries) {
            if (t.query().search()) {
                pool(t.service(), searchService);
                pool(t.elasticsearch(), searchRaw);
            } else {
                pool(t.service(), targets);
            }
        }
        if (searchService.count() > 0) {
            double overhead50 = searchService.p50() / searchRaw.p50();
            double overhead99 = searchService.p99() / searchRaw.p99();
            s.append(row("**search** (all searches of the mix)", String.format(Locale.ROOT, "p50 %.1f ms, p99 %.1f ms",
                    searchService.p50(), searchService.p99()), "p99 ≤ " + (int) SEARCH_P99_GOAL_MS + " ms: "
                    + goal(searchService.p99() <= SEARCH_P99_GOAL_MS)));
            s.append(row("the same requests straight to Elasticsearch", String.format(Locale.ROOT, "p50 %.1f ms, p99 %.1f ms",
                    searchRaw.p50(), searchRaw.p99()), ""));
            s.append(row("**service / Elasticsearch**", String.format(Locale.ROOT, "p50 %.2f, p99 %.2f", overhead50, overhead99),
                    "≤ " + SERVICE_OVERHEAD_GOAL + ": " + goal(overhead99 <= SERVICE_OVERHEAD_GOAL && overhead50 <= SERVICE_OVERHEAD_GOAL)));
        }
        if (targets.count() > 0) {
            s.append(row("**targets, stats and comparison**", String.format(Locale.ROOT, "p50 %.1f ms, p99 %.1f ms",
                    targets.p50(), targets.p99()), "p99 ≤ " + (int) TARGETS_P99_GOAL_MS + " ms: "
                    + goal(targets.p99() <= TARGETS_P99_GOAL_MS)));
        }
        if (store != null) {
            double text = store.sourceBytesSum() * textPerRawByte;
            double ratio = store.bytes() / text;
            s.append(row("index size as stored", String.format(Locale.ROOT, "%.1f MB for %d reports: %.1f KB per report, "
                            + "%.2f × the text it holds (text ≈ %.1f MB: raw %.1f MB × %.2f UTF-8 text bytes per raw byte, "
                            + "sampled); %d segments, %d deleted docs", store.bytes() / 1e6, reportsIndexed,
                    store.bytes() / 1e3 / Math.max(1, reportsIndexed), ratio, text / 1e6, store.sourceBytesSum() / 1e6,
                    textPerRawByte, store.segments(), store.deletedDocs()),
                    ""));
            if (mergedStore != null) {
                double merged = mergedStore.bytes() / text;
                s.append(row("**index size**, merged to one segment", String.format(Locale.ROOT,
                        "%.1f MB: %.1f KB per report, %.2f × the text", mergedStore.bytes() / 1e6,
                        mergedStore.bytes() / 1e3 / Math.max(1, reportsIndexed), merged),
                        "≤ " + (int) INDEX_TEXT_RATIO_GOAL + "×: " + goal(merged <= INDEX_TEXT_RATIO_GOAL)));
            }
        }
        if (!queries.isEmpty()) {
            s.append("\nPer query (service p50 / p99, Elasticsearch p50 / p99, in ms; total = matching reports or rows):\n\n");
            s.append("| kind | query | total | service p50 | service p99 | ES p50 | ES p99 |\n|---|---|---:|---:|---:|---:|---:|\n");
            for (QueryMix.Timed t : queries) {
                s.append(String.format(Locale.ROOT, "| %s | %s | %d | %.1f | %.1f | %s | %s |%n", t.query().kind(),
                        t.query().params() + (t.query().pages() > 1 ? " page " + t.query().pages() : "")
                                + (t.query().search() ? "" : " " + t.query().path()),
                        t.total(), t.service().p50(), t.service().p99(),
                        t.elasticsearch().count() == 0 ? "" : String.format(Locale.ROOT, "%.1f", t.elasticsearch().p50()),
                        t.elasticsearch().count() == 0 ? "" : String.format(Locale.ROOT, "%.1f", t.elasticsearch().p99())));
            }
        }
        Map<String, CpuAccounting.Usage> cpu = new LinkedHashMap<>();
        cpu.put("offline extraction", offlineCpu);
        cpu.put("maximum rate", throughputCpu);
        cpu.put("latency", latencyCpu);
        cpu.put("queries", queriesCpu);
        s.append("\nWhere the CPU went (CPU seconds of each process tree; others = everything else on the machine):\n\n");
        cpu.forEach((phase, usage) -> {
            if (usage != null) {
                s.append("- ").append(phase).append(": ").append(usage.describe()).append('\n');
            }
        });
        return s.toString();
    }

    private static String brief(Latencies l) {
        return String.format(Locale.ROOT, "p50 %.0f / p99 %.0f ms", l.p50(), l.p99());
    }

    private static void pool(Latencies from, Latencies into) {
        into.addAll(from);
    }

    private static String row(String figure, String value, String goal) {
        return "| " + figure + " | " + value + " | " + goal + " |\n";
    }
}
