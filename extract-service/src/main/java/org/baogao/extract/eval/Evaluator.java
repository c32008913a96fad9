package org.baogao.extract.eval;

import org.baogao.contracts.EnrichedReport;
import org.baogao.contracts.RawReport;
import org.baogao.extract.pipeline.ReportPipeline;
import org.baogao.extract.pipeline.UnprocessableReportException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs the offline pipeline (what {@code bin/baogao extract} runs) over the files a gold file names, and scores them. */
public final class Evaluator {

    private final ReportPipeline pipeline;

    public Evaluator(ReportPipeline pipeline) {
        this.pipeline = pipeline;
    }

    /**
     * @param gold the gold file
     * @param dir  the folder holding the reports it names
     */
    public Evaluation evaluate(GoldFile gold, Path dir) {
        List<ReportScore> scores = new ArrayList<>();
        for (Map.Entry<String, GoldFile.Report> e : gold.reports().entrySet()) {
            scores.add(score(e.getKey(), e.getValue(), dir.resolve(e.getKey())));
        }
        return new Evaluation(scores);
    }

    private ReportScore score(String name, GoldFile.Report gold, Path file) {
        try {
            RawReport raw = RawReport.of(name, null, Files.readAllBytes(file), Instant.now(), Map.of());
            EnrichedReport report = pipeline.enrich(raw);
            return ReportScore.of(name, gold, report);
        } catch (IOException | UnprocessableReportException e) {
            return ReportScore.unreadable(name, gold);
        }
    }
}
