package org.baogao.e2e.ingest;

import org.baogao.client.PipelineClient;
import org.baogao.client.ingest.IngestCommand;
import org.baogao.e2e.RunningPipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code bin/baogao ingest} against the real ingest-service, Kafka, extract-service and search-service: a folder of
 * reports (the seeds) posted in concurrent batches, every report indexed with {@code --wait}, the refused files
 * listed with their reason and the exit code 1 that tells a script something was left out.
 */
class IngestCommandTest {
    private static final Path SEEDS = Path.of("..", "seeds");
    private static RunningPipeline pipeline;

    @BeforeAll
    static void start() {
        pipeline = RunningPipeline.get();
    }

    private record Run(int exitCode, String output) {
    }

    private static Run ingest(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of("--ingest", pipeline.ingestUrl, "--search", pipeline.searchUrl,
                "--batch-files", "3", "-c", "2"));
        all.addAll(List.of(args));
        int code = new CommandLine(new IngestCommand(new PrintStream(err, true, StandardCharsets.UTF_8)))
                .execute(all.toArray(String[]::new));
        return new Run(code, err.toString(StandardCharsets.UTF_8));
    }

    /**
     * The seeds, copied into the folder (half into a subfolder): the same bytes are the same reports, so this test
     * adds no document to the pipeline the other end-to-end tests count.
     */
    private static List<String> copySeeds(Path folder, int count) throws Exception {
        List<Path> seeds;
        try (var list = Files.list(SEEDS)) {
            seeds = list.filter(p -> p.toString().endsWith(".txt")).sorted().limit(count).toList();
        }
        List<String> names = new ArrayList<>();
        Files.createDirectories(folder.resolve("more"));
        for (int i = 0; i < seeds.size(); i++) {
            Path seed = seeds.get(i);
            Files.copy(seed, folder.resolve(i % 2 == 0 ? seed.getFileName().toString() : "more/" + seed.getFileName()));
            names.add(seed.getFileName().toString());
        }
        return names;
    }

    @Test
    void postsAFolderInBatchesAndWaitsUntilEveryReportIsIndexed(@TempDir Path folder) throws Exception {
        copySeeds(folder, 5);
        Files.writeString(folder.resolve(".hidden.txt"), "不上传");
        Run run = ingest("--wait", folder.toString());
        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("5/5 files").contains("ingested: 5 accepted (5 distinct reports), 0 refused, of 5 files")
                .contains("indexed or failed: 5/5");
        // how each was read, as search-service has it
        assertThat(run.output().lines().filter(line -> line.startsWith("read: ")).toList()).hasSize(5)
                .allSatisfy(line -> assertThat(line).contains("  text"));
    }

    @Test
    void refusedFilesAreListedWithTheirReasonAndTheExitCodeSaysSo(@TempDir Path folder) throws Exception {
        List<String> seeds = copySeeds(folder, 2);
        Files.write(folder.resolve("empty.txt"), new byte[0]);
        // a program: no stage reads it (a photo or a PDF would be read, by OCR or a parser)
        Files.write(folder.resolve("setup.exe"), new byte[]{0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0});
        Run run = ingest(folder.toString(), folder.resolve("missing.txt").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.output()).contains("skipping " + folder.resolve("missing.txt"))
                .contains("2 accepted (2 distinct reports), 2 refused, of 4 files")
                .containsPattern("refused: empty.txt  HTTP 400  .*empty")
                .containsPattern("refused: setup.exe  HTTP 415 .*program");
        // the accepted ones went through: their status is known to ingest-service
        Matcher ids = Pattern.compile("accepted  ([0-9a-f]{64})").matcher(ingest("-v", folder.resolve(seeds.get(0)).toString()).output());
        assertThat(ids.find()).isTrue();
        assertThat(new PipelineClient(pipeline.ingestUrl, pipeline.searchUrl).state(ids.group(1)).state()).isNotNull();
    }
}
