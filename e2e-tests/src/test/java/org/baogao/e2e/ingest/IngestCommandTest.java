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
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code bin/baogao ingest} against the real ingest-service, Kafka, extract-service and search-service: a folder of
 * reports posted in concurrent batches, every report indexed with {@code --wait}, the refused files listed with
 * their reason and the exit code 1 that tells a script something was left out.
 */
class IngestCommandTest {
    private static RunningPipeline pipeline;

    @BeforeAll
    static void start() {
        pipeline = RunningPipeline.get();
    }

    private record Run(int exitCode, String output) {
    }

    private static Run ingest(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of("--ingest", pipeline.ingestUrl, "--batch-files", "3", "-c", "2"));
        all.addAll(List.of(args));
        int code = new CommandLine(new IngestCommand(new PrintStream(err, true, StandardCharsets.UTF_8)))
                .execute(all.toArray(String[]::new));
        return new Run(code, err.toString(StandardCharsets.UTF_8));
    }

    /** Short reports of their own (a fresh marker each run, so they are new reports, not re-posts). */
    private static List<String> writeReports(Path folder, int count) throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        List<String> texts = new ArrayList<>();
        Files.createDirectories(folder.resolve("more"));
        for (int i = 0; i < count; i++) {
            String text = "2024年某市政府工作报告（" + marker + "-" + i + "）\n各位代表：今年全市地区生产总值增长" + (5 + i)
                    + "%左右，城镇新增就业" + (10 + i) + "万人。";
            texts.add(text);
            Files.writeString(folder.resolve(i % 2 == 0 ? "r" + i + ".txt" : "more/r" + i + ".txt"), text);
        }
        return texts;
    }

    @Test
    void postsAFolderInBatchesAndWaitsUntilEveryReportIsIndexed(@TempDir Path folder) throws Exception {
        writeReports(folder, 7);
        Files.writeString(folder.resolve(".hidden.txt"), "不上传");
        Run run = ingest("--wait", folder.toString());
        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("7/7 files").contains("ingested: 7 accepted (7 distinct reports), 0 refused, of 7 files")
                .contains("indexed or failed: 7/7");
    }

    @Test
    void refusedFilesAreListedWithTheirReasonAndTheExitCodeSaysSo(@TempDir Path folder) throws Exception {
        writeReports(folder, 2);
        Files.write(folder.resolve("empty.txt"), new byte[0]);
        Files.write(folder.resolve("photo.jpg"), new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 0, 0, 1, 2, 0, 0});
        Run run = ingest(folder.toString(), folder.resolve("missing.txt").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.output()).contains("skipping " + folder.resolve("missing.txt"))
                .contains("2 accepted (2 distinct reports), 2 refused, of 4 files")
                .containsPattern("refused: empty.txt  HTTP 400  .*empty")
                .containsPattern("refused: photo.jpg  HTTP 415 ");
        // the accepted ones went through: their status is known to ingest-service
        Matcher ids = Pattern.compile("accepted  ([0-9a-f]{64})").matcher(ingest("-v", folder.resolve("r0.txt").toString()).output());
        assertThat(ids.find()).isTrue();
        assertThat(new PipelineClient(pipeline.ingestUrl, pipeline.searchUrl).state(ids.group(1)).state()).isNotNull();
    }
}
