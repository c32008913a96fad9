package org.baogao.extract.gold;

import org.baogao.contracts.ContractJson;
import org.baogao.contracts.EnrichedReport;
import org.baogao.contracts.RawReport;
import org.baogao.extract.pipeline.ReportPipeline;
import org.baogao.testsupport.ProjectFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The seeds through the whole pipeline, as {@code bin/baogao extract seeds/*.txt} runs them; computed once per run. */
final class SeedExtraction {
    private static List<EnrichedReport> reports;

    static synchronized List<EnrichedReport> reports() throws IOException {
        if (reports == null) {
            ReportPipeline pipeline = new ReportPipeline();
            List<EnrichedReport> out = new ArrayList<>();
            try (Stream<Path> seeds = Files.list(ProjectFiles.inProject("seeds"))) {
                for (Path seed : seeds.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    out.add(pipeline.enrich(RawReport.of(seed.getFileName().toString(), "text/plain",
                            Files.readAllBytes(seed), Instant.now(), Map.of())));
                }
            }
            reports = List.copyOf(out);
        }
        return reports;
    }

    /** One enriched report per line, the offline extractor's output. */
    static List<String> enrichedLines() throws IOException {
        return reports().stream().map(ContractJson::toJson).toList();
    }

    private SeedExtraction() {
    }
}
