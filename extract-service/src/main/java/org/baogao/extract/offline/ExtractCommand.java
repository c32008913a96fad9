package org.baogao.extract.offline;

import org.baogao.contracts.ContractJson;
import org.baogao.contracts.RawReport;
import org.baogao.extract.pipeline.ReportPipeline;
import org.baogao.extract.pipeline.UnprocessableReportException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code bin/baogao extract FILE...}: the pipeline of the Kafka consumer, without Kafka or
 * Elasticsearch, one enriched report per line (JSON Lines) on stdout. A file that cannot be processed
 * gets an error line ({@code {"source":{"name":..},"error":{"kind":..,"reason":..}}}) and the run goes on;
 * the exit code is 1 if any file failed.
 */
@Command(name = ExtractCommand.NAME, mixinStandardHelpOptions = true,
        description = "Extract enriched reports from files, one JSON object per line on stdout.")
public class ExtractCommand implements Callable<Integer> {
    public static final String NAME = "extract";

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "report files: text in any encoding, web pages, PDF (scans OCRed), Word, WPS, RTF, ODT, OFD, images")
    List<Path> files;

    @Option(names = "--pretty", description = "indented JSON for people (one object per file, not JSON Lines)")
    boolean pretty;

    private final ReportPipeline pipeline;
    private final PrintStream out;
    private final PrintStream err;

    public ExtractCommand(ReportPipeline pipeline, PrintStream out, PrintStream err) {
        this.pipeline = pipeline;
        this.out = out;
        this.err = err;
    }

    public static int run(String... args) {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        try (ReportPipeline pipeline = new ReportPipeline()) {
            int code = new CommandLine(new ExtractCommand(pipeline, out, err)).execute(args);
            out.flush();
            return code;
        }
    }

    @Override
    public Integer call() {
        int failed = 0;
        for (Path file : files) {
            String name = file.toString();
            try {
                byte[] bytes = Files.readAllBytes(file);
                RawReport raw = RawReport.of(name, null, bytes, Instant.now(), Map.of());
                print(pipeline.enrich(raw));
            } catch (IOException e) {
                failed++;
                printError(name, "UNREADABLE", e.toString());
            } catch (UnprocessableReportException e) {
                failed++;
                printError(name, e.kind().name(), e.getMessage());
            } catch (RuntimeException e) {
                failed++;
                printError(name, "PROCESSING_ERROR", e.toString());
            }
        }
        if (failed > 0) {
            err.printf("%d of %d files failed%n", failed, files.size());
        }
        return failed == 0 ? 0 : 1;
    }

    private void printError(String name, String kind, String reason) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("source", Map.of("name", name));
        line.put("error", Map.of("kind", kind, "reason", String.valueOf(reason)));
        print(line);
        err.printf("%s: %s: %s%n", name, kind, reason);
    }

    private void print(Object value) {
        if (pretty) {
            out.println(ContractJson.mapper().writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value));
        } else {
            out.println(ContractJson.toJson(value));
        }
        out.flush();
    }
}
