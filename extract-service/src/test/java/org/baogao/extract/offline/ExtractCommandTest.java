package org.baogao.extract.offline;

import org.baogao.contracts.ContractJson;
import org.baogao.extract.pipeline.ReportPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractCommandTest {

    private static final ReportPipeline PIPELINE = new ReportPipeline();

    @Test
    void writesOneLinePerFileAndAnErrorLineForABadFile(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("report.txt");
        Files.writeString(good, "某市2025年政府工作报告\n\n全市地区生产总值增长5.5%左右。", StandardCharsets.UTF_8);
        Path bad = dir.resolve("reports.gz");
        try (var gzip = new java.util.zip.GZIPOutputStream(Files.newOutputStream(bad))) {
            gzip.write("全市地区生产总值增长5.5%左右。".getBytes(StandardCharsets.UTF_8));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = new CommandLine(new ExtractCommand(PIPELINE, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))).execute(good.toString(), bad.toString());

        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertThat(lines).hasSize(2);
        JsonNode report = ContractJson.mapper().readTree(lines[0]);
        assertThat(report.get("source").get("name").asString()).isEqualTo(good.toString());
        assertThat(report.get("text").asString()).contains("地区生产总值增长5.5%左右");
        assertThat(report.get("reportId").asString()).hasSize(64);
        JsonNode error = ContractJson.mapper().readTree(lines[1]);
        assertThat(error.get("source").get("name").asString()).isEqualTo(bad.toString());
        assertThat(error.get("error").get("kind").asString()).isEqualTo("UNSUPPORTED_FORMAT");
        assertThat(error.get("error").get("reason").asString()).contains("application/gzip").contains("unpack");
        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("reports.gz");
    }
}
