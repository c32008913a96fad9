package org.baogao.relevance;

import org.baogao.client.PipelineClient;
import org.baogao.client.ReportFile;
import org.baogao.client.ingest.BatchUploader;
import org.baogao.client.ingest.ProgressBar;
import org.baogao.client.ingest.SettledWaiter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * Feeds the seeds and the national corpus through the running pipeline (ingest-service → Kafka →
 * extract-service → search-service), waits until every report is indexed and searchable, then runs the
 * judged query set against search-service and prints precision@5 and nDCG@10 per query, per kind and
 * overall. Exit code 1 when a report was refused or failed or did not settle in time (the scores are
 * still printed), 2 for bad options or judgments.
 */
@Command(name = "baogao relevance", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Ingests the seeds and the national corpus through the running pipeline (bin/baogao up first),",
                "then scores the judged query set: precision@5 and nDCG@10 (gain 2^grade-1, log2 discount)."})
public final class RelevanceCommand implements Callable<Integer> {

    @Option(names = "--ingest", defaultValue = "http://127.0.0.1:8081", description = "ingest-service (default: ${DEFAULT-VALUE})")
    String ingestUrl;

    @Option(names = "--search", defaultValue = "http://127.0.0.1:8080", description = "search-service (default: ${DEFAULT-VALUE})")
    String searchUrl;

    @Option(names = "--seeds", defaultValue = "${sys:baogao.root:-.}/seeds", description = "folder of seed .txt files (default: ${DEFAULT-VALUE})")
    Path seeds;

    @Option(names = "--corpus", defaultValue = "${sys:baogao.root:-.}/../shared/corpus/national-gwr.jsonl",
            description = "national corpus, JSON Lines with content and year (default: ${DEFAULT-VALUE})")
    Path corpus;

    @Option(names = "--judgments", defaultValue = "${sys:baogao.root:-.}/relevance/judgments.tsv",
            description = "judged query set, tab-separated (default: ${DEFAULT-VALUE})")
    Path judgments;

    @Option(names = "--skip-ingest", description = "score against what the pipeline already holds")
    boolean skipIngest;

    @Option(names = "--timeout", defaultValue = "900", description = "seconds to wait for all reports to be indexed (default: ${DEFAULT-VALUE})")
    long timeoutSeconds;

    @Option(names = "--markdown", description = "also print the figures as Markdown tables (for relevance/README.md)")
    boolean markdown;

    public static void main(String[] args) {
        System.exit(new CommandLine(new RelevanceCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        List<JudgedQuery> queries;
        try {
            queries = Judgments.read(judgments);
        } catch (IllegalArgumentException e) {
            System.err.println("relevance: bad judgments: " + e.getMessage());
            return 2;
        }
        PipelineClient pipeline = new PipelineClient(ingestUrl, searchUrl);
        boolean ingestOk = true;
        if (!skipIngest) {
            List<ReportFile> files = new ArrayList<>(ReportFiles.seeds(seeds));
            files.addAll(ReportFiles.nationalCorpus(corpus));
            ingestOk = new Feeding(pipeline, Duration.ofSeconds(timeoutSeconds)).feed(files);
        }
        System.err.printf("running %d judged queries against %s%n", queries.size(), searchUrl);
        List<QueryScore> scores = new ArrayList<>();
        for (JudgedQuery q : queries) {
            scores.add(QueryScore.of(q, pipeline.search(q.query(), q.filters(), 10)));
        }
        ScoreReport report = new ScoreReport(scores);
        report.printText(System.out);
        if (markdown) {
            System.out.println();
            report.printMarkdown(System.out);
        }
        if (!ingestOk) {
            System.err.println("relevance: ingest did not complete for every report (see above); figures may be low for that reason");
            return 1;
        }
        return 0;
    }

    /** Posts the files (concurrent batches, progress bar), then waits until every accepted report is indexed or failed, and searchable. */
    static final class Feeding {
        private final PipelineClient pipeline;
        private final Duration timeout;

        Feeding(PipelineClient pipeline, Duration timeout) {
            this.pipeline = pipeline;
            this.timeout = timeout;
        }

        boolean feed(List<ReportFile> files) throws InterruptedException {
            long bytes = files.stream().mapToLong(ReportFile::size).sum();
            List<BatchUploader.Outcome> outcomes;
            try (ProgressBar bar = new ProgressBar(System.err, System.console() != null, files.size(), bytes, Duration.ofSeconds(5))) {
                outcomes = new BatchUploader(pipeline, BatchUploader.Settings.defaults()).upload(files, bar);
            }
            Map<String, String> nameById = new LinkedHashMap<>();
            int refused = 0;
            for (BatchUploader.Outcome o : outcomes) {
                if (o.accepted()) {
                    nameById.putIfAbsent(o.reportId(), o.file().name());
                } else {
                    refused++;
                    System.err.printf("refused: %s HTTP %d %s%n", o.file().name(), o.status(), o.problem());
                }
            }
            System.err.printf("posted %d files: %d accepted (%d distinct reports), %d refused%n",
                    files.size(), files.size() - refused, nameById.size(), refused);
            long deadline = System.nanoTime() + timeout.toNanos();
            SettledWaiter.Result settled = new SettledWaiter(pipeline, System.err).await(nameById, timeout);
            settled.failed().forEach((name, reason) -> System.err.println("failed: " + name + ": " + reason));
            settled.pending().forEach(name -> System.err.println("not settled in time: " + name));
            Set<String> indexed = new LinkedHashSet<>();
            nameById.forEach((id, name) -> {
                if (!settled.failed().containsKey(name) && !settled.pending().contains(name)) {
                    indexed.add(id);
                }
            });
            return awaitSearchable(indexed, deadline) && refused == 0 && settled.allIndexed();
        }

        /** Indexed means Elasticsearch acknowledged the write; searchable follows at the next refresh (1 s). */
        private boolean awaitSearchable(Set<String> ids, long deadline) throws InterruptedException {
            while (System.nanoTime() < deadline) {
                if (pipeline.searchableCount() >= ids.size() && ids.stream().allMatch(pipeline::searchServiceHas)) {
                    Thread.sleep(2000); // one more refresh interval for the last writes
                    return true;
                }
                Thread.sleep(1000);
            }
            System.err.println("reports indexed but not all searchable in time");
            return false;
        }
    }
}
