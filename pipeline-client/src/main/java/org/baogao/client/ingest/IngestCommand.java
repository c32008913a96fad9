package org.baogao.client.ingest;

import org.baogao.client.PipelineClient;
import org.baogao.client.ReportFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code bin/baogao ingest PATH...}: posts files and folders (recursively, hidden ones skipped) to ingest-service in
 * concurrent batches with a progress bar, retrying what ingest-service cannot take for now. Exit code 1 when any
 * file was refused (they are listed with the reason) or, with {@code --wait}, failed or did not settle.
 */
@Command(name = "baogao ingest", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Posts report files to ingest-service: concurrent batches, a progress bar, retries with back-off "
                + "when ingest-service answers 503; lists the refused files and exits 1 if there are any.")
public final class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders (read recursively)")
    List<Path> paths;

    @Option(names = "--ingest", defaultValue = "http://127.0.0.1:8081", description = "ingest-service (default: ${DEFAULT-VALUE})")
    String ingestUrl;

    @Option(names = "--search", defaultValue = "http://127.0.0.1:8080",
            description = "search-service, asked how each report was read after --wait (default: ${DEFAULT-VALUE})")
    String searchUrl;

    @Option(names = {"-c", "--concurrency"}, defaultValue = "4", description = "batch requests in flight (default: ${DEFAULT-VALUE})")
    int concurrency;

    @Option(names = "--batch-files", defaultValue = "25", description = "most files per request (default: ${DEFAULT-VALUE}; ingest-service takes 100)")
    int batchFiles;

    @Option(names = "--batch-mb", defaultValue = "8", description = "most MB per request (default: ${DEFAULT-VALUE}; ingest-service takes 64)")
    int batchMb;

    @Option(names = "--attempts", defaultValue = "8", description = "tries per file after 503s before it counts as refused (default: ${DEFAULT-VALUE})")
    int attempts;

    @Option(names = "--source", description = "source hint for every file, e.g. 常州日报")
    String source;

    @Option(names = "--region", description = "region hint for every file, e.g. 常州市")
    String region;

    @Option(names = "--year", description = "year hint for every file")
    Integer year;

    @Option(names = "--wait", description = "after posting, wait until every accepted report is indexed or failed")
    boolean await;

    @Option(names = "--wait-timeout", defaultValue = "600", description = "seconds --wait waits (default: ${DEFAULT-VALUE})")
    long waitTimeout;

    @Option(names = {"-v", "--verbose"}, description = "one line per file: its report id or why it was refused")
    boolean verbose;

    private final PrintStream err;

    public IngestCommand(PrintStream err) {
        this.err = err;
    }

    public static void main(String[] args) {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(new CommandLine(new IngestCommand(err)).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        List<ReportFile> files = collect(paths);
        if (files.isEmpty()) {
            err.println("baogao ingest: no files to ingest");
            return 2;
        }
        PipelineClient client = new PipelineClient(ingestUrl, searchUrl);
        BatchUploader uploader = new BatchUploader(client, new BatchUploader.Settings(concurrency, batchFiles,
                (long) batchMb << 20, attempts, Duration.ofMillis(500), Duration.ofSeconds(30), hints()));
        long totalBytes = files.stream().mapToLong(ReportFile::size).sum();
        List<BatchUploader.Outcome> outcomes;
        long started = System.nanoTime();
        try (ProgressBar bar = new ProgressBar(err, System.console() != null, files.size(), totalBytes, Duration.ofSeconds(5))) {
            outcomes = uploader.upload(files, verbose ? withLines(bar) : bar);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, String> nameById = new LinkedHashMap<>();
        List<BatchUploader.Outcome> refused = new ArrayList<>();
        for (BatchUploader.Outcome o : outcomes) {
            if (o.accepted()) {
                nameById.putIfAbsent(o.reportId(), o.file().name());
            } else {
                refused.add(o);
            }
        }
        err.printf("ingested: %d accepted (%d distinct reports), %d refused, of %d files, %.1f MB in %.1f s%n",
                outcomes.size() - refused.size(), nameById.size(), refused.size(), files.size(), totalBytes / 1e6, seconds);
        refused.sort(Comparator.comparing(o -> o.file().name()));
        for (BatchUploader.Outcome o : refused) {
            err.printf("refused: %s  %s  %s%n", o.file().name(), o.status() == 0 ? "-" : "HTTP " + o.status(), o.problem());
        }
        boolean indexed = true;
        if (await && !nameById.isEmpty()) {
            SettledWaiter.Result settled = new SettledWaiter(client, err).await(nameById, Duration.ofSeconds(waitTimeout));
            if (verbose || nameById.size() <= HOW_READ_LINES) {
                printHowRead(client, nameById, settled);
            }
            settled.failed().forEach((name, reason) -> err.printf("failed: %s  %s%n", name, reason));
            settled.pending().forEach(name -> err.printf("not indexed within %d s: %s%n", waitTimeout, name));
            indexed = settled.allIndexed();
        }
        return refused.isEmpty() && indexed ? 0 : 1;
    }

    /** Up to how many reports --wait says how each was read without --verbose. */
    private static final int HOW_READ_LINES = 50;

    /** One line per indexed report: how extraction read it (format, pages, parser), as search-service has it. */
    private void printHowRead(PipelineClient client, Map<String, String> nameById, SettledWaiter.Result settled) {
        for (Map.Entry<String, String> report : nameById.entrySet()) {
            String name = report.getValue();
            if (settled.failed().containsKey(name) || settled.pending().contains(name)) {
                continue;
            }
            String how;
            try {
                how = client.howRead(report.getKey());
            } catch (PipelineClient.UnavailableException e) {
                how = null;
            }
            err.printf("read: %s  %s%n", name, how == null ? "indexed (search-service did not say how it was read)" : how);
        }
    }

    private BatchUploader.Listener withLines(ProgressBar bar) {
        return new BatchUploader.Listener() {
            @Override
            public void done(BatchUploader.Outcome o) {
                bar.done(o);
                synchronized (err) {
                    err.printf("\r\033[K%-40s %s%n", o.file().name(), o.accepted() ? "accepted  " + o.reportId()
                            : "HTTP " + o.status() + "  " + o.problem());
                }
            }

            @Override
            public void retrying(int count, Duration wait, String reason) {
                bar.retrying(count, wait, reason);
            }
        };
    }

    private Map<String, String> hints() {
        Map<String, String> fields = new LinkedHashMap<>();
        if (source != null) {
            fields.put("source", source);
        }
        if (region != null) {
            fields.put("region", region);
        }
        if (year != null) {
            fields.put("year", year.toString());
        }
        return fields;
    }

    /** Regular files of the paths, folders read recursively in name order, hidden files and folders skipped. */
    List<ReportFile> collect(List<Path> roots) throws IOException {
        List<ReportFile> files = new ArrayList<>();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    for (Path p : walk.filter(Files::isRegularFile).filter(p -> !hidden(root, p)).sorted().toList()) {
                        files.add(ReportFile.of(p));
                    }
                }
            } else if (Files.isRegularFile(root)) {
                files.add(ReportFile.of(root));
            } else {
                err.println("skipping " + root + ": no such file or folder");
            }
        }
        return files;
    }

    private static boolean hidden(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
