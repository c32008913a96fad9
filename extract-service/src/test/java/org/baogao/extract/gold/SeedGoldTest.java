package org.baogao.extract.gold;

import org.baogao.contracts.ContractJson;
import org.baogao.contracts.RawReport;
import org.baogao.extract.pipeline.ReportPipeline;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seeds, extracted exactly as {@code bin/baogao extract seeds/*.txt} does, checked by the spec's own
 * checker ({@code ../shared/spec/check_extraction.py} against {@code seed-gold.json}) at 100%.
 */
class SeedGoldTest {
    private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();
    private static final Path SPEC = PROJECT.resolveSibling("shared").resolve("spec");

    @Test
    void seedsPassTheSpecCheckerAtOneHundredPercent() throws Exception {
        assertThat(SPEC.resolve("check_extraction.py")).as("the spec checker beside the project").exists();
        Path out = Files.createTempFile("seed-extraction", ".jsonl");
        ReportPipeline pipeline = new ReportPipeline();
        List<String> lines = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(PROJECT.resolve("seeds"))) {
            for (Path seed : seeds.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                RawReport raw = RawReport.of(seed.getFileName().toString(), "text/plain", Files.readAllBytes(seed),
                        Instant.now(), Map.of());
                lines.add(ContractJson.toJson(pipeline.enrich(raw)));
            }
        }
        assertThat(lines).hasSize(5);
        Files.write(out, lines, StandardCharsets.UTF_8);

        Process checker = new ProcessBuilder("python3", SPEC.resolve("check_extraction.py").toString(),
                SPEC.resolve("seed-gold.json").toString(), out.toString()).redirectErrorStream(true).start();
        String report = new String(checker.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(checker.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(report).as(report).endsWith(" 0 failed\n");
        assertThat(checker.exitValue()).as(report).isZero();
        Files.deleteIfExists(out);
    }
}
