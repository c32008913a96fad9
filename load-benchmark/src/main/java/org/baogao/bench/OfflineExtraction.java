package org.baogao.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code bin/baogao extract} on files, timed: the offline extraction the pipeline's throughput is compared with.
 * The command's own start (JVM, HanLP dictionaries) is timed on one small file and taken off, so what is compared
 * is extraction, not start-up.
 */
public final class OfflineExtraction {
    private final Path extractJar;
    private final String heap;

    public OfflineExtraction(Path extractJar, String heap) {
        this.extractJar = extractJar;
        this.heap = heap;
    }

    /** @param seconds wall time of the files' extraction, the command's start-up taken off */
    public record Timing(int files, long bytes, double seconds, double startupSeconds, int failed) {
        public double bytesPerSecond() {
            return bytes / seconds;
        }

        public double filesPerSecond() {
            return files / seconds;
        }
    }

    public Timing time(List<Path> files, Path startupProbe) throws IOException, InterruptedException {
        double startup = run(List.of(startupProbe)).seconds;
        Run run = run(files);
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        return new Timing(files.size(), bytes, Math.max(1e-3, run.seconds - startup), startup, run.exitCode == 0 ? 0 : -1);
    }

    private record Run(double seconds, int exitCode) {
    }

    private Run run(List<Path> files) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("java", "-Xmx" + heap, "-jar", extractJar.toString(), "extract"));
        files.forEach(f -> command.add(f.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        long started = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(6, TimeUnit.HOURS)) {
            process.destroyForcibly();
            throw new IllegalStateException("bin/baogao extract did not finish");
        }
        return new Run((System.nanoTime() - started) / 1e9, process.exitValue());
    }
}
