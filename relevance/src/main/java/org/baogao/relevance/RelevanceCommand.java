package org.baogao.relevance;

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

    /** Posts the files with a progress line each, then waits until every accepted report is indexed or failed, and searchable. */
    static final class Feeding {
        private final PipelineClient pipeline;
        private final Duration timeout;

        Feeding(PipelineClient pipeline, Duration timeout) {
            this.pipeline = pipeline;
            this.timeout = timeout;
        }

        boolean feed(List<ReportFile> files) throws InterruptedException {
            Map<String, String> nameById = new LinkedHashMap<>();
            int refused = 0;
            for (int i = 0; i < files.size(); i++) {
                PipelineClient.Upload u = pipeline.upload(files.get(i));
                if (u.accepted()) {
                    nameById.putIfAbsent(u.reportId(), u.file().name());
                    System.err.printf("[%d/%d] %-32s accepted  %s%n", i + 1, files.size(), u.file().name(), u.reportId());
                } else {
                    refused++;
                    System.err.printf("[%d/%d] %-32s HTTP %d  %s%n", i + 1, files.size(), u.file().name(), u.status(), u.problem());
                }
            }
            System.err.printf("posted %d files: %d accepted (%d distinct reports), %d refused%n",
                    files.size(), files.size() - refused, nameById.size(), refused);
            boolean settled = awaitSettled(nameById);
            return refused == 0 && settled;
        }

        private boolean awaitSettled(Map<String, String> nameById) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            Set<String> pending = new LinkedHashSet<>(nameById.keySet());
            List<String> failed = new ArrayList<>();
            while (!pending.isEmpty() && System.nanoTime() < deadline) {
                for (var it = pending.iterator(); it.hasNext(); ) {
                    String id = it.next();
                    PipelineClient.ReportState s = pipeline.state(id);
                    if (s.settled()) {
                        it.remove();
                        if ("failed".equals(s.state())) {
                            failed.add(nameById.get(id) + ": " + s.reason());
                        }
                    }
                }
                System.err.printf("\rindexed or failed: %d/%d", nameById.size() - pending.size(), nameById.size());
                if (!pending.isEmpty()) {
                    Thread.sleep(1000);
                }
            }
            System.err.println();
            failed.forEach(f -> System.err.println("failed: " + f));
            pending.forEach(id -> System.err.println("not settled in time: " + nameById.get(id) + " " + id));
            Set<String> indexed = new LinkedHashSet<>(nameById.keySet());
            indexed.removeAll(pending);
            return awaitSearchable(indexed, failed.size(), deadline) && failed.isEmpty() && pending.isEmpty();
        }

        /** Indexed means Elasticsearch acknowledged the write; searchable follows at the next refresh (1 s). */
        private boolean awaitSearchable(Set<String> ids, int failedCount, long deadline) throws InterruptedException {
            long expected = ids.size() - failedCount;
            while (System.nanoTime() < deadline) {
                if (pipeline.searchableCount() >= expected && ids.stream().filter(pipeline::searchServiceHas).count() >= expected) {
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
