package org.baogao.extract.gold;

import org.baogao.testsupport.ProjectFiles;
import org.baogao.testsupport.RequiresShared;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seeds, extracted exactly as {@code bin/baogao extract seeds/*.txt} does, checked by the spec's own
 * checker ({@code ../shared/spec/check_extraction.py} against {@code seed-gold.json}) at 100%. Runs where
 * {@code ../shared} is (CI); {@link SeedExpectationsTest} checks the project's own expectations everywhere.
 */
@RequiresShared({"spec/check_extraction.py", "spec/seed-gold.json"})
class SpecCheckerSeedGoldTest {

    @Test
    void seedsPassTheSpecCheckerAtOneHundredPercent() throws Exception {
        Path spec = ProjectFiles.sharedFolder().resolve("spec");
        Path out = Files.createTempFile("seed-extraction", ".jsonl");
        Files.write(out, SeedExtraction.enrichedLines(), StandardCharsets.UTF_8);

        Process checker = new ProcessBuilder("python3", spec.resolve("check_extraction.py").toString(),
                spec.resolve("seed-gold.json").toString(), out.toString()).redirectErrorStream(true).start();
        String report = new String(checker.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(checker.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(report).as(report).endsWith(" 0 failed\n");
        assertThat(checker.exitValue()).as(report).isZero();
        Files.deleteIfExists(out);
    }
}
