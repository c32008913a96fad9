package org.baogao.extract.pipeline;

import org.baogao.analysis.Analysis;
import org.baogao.analysis.ReportAnalyzer;
import org.baogao.cleaning.CleanedText;
import org.baogao.cleaning.NotTextException;
import org.baogao.cleaning.ReportCleaner;
import org.baogao.contracts.EnrichedReport;
import org.baogao.contracts.FailureKind;
import org.baogao.contracts.Quality;
import org.baogao.contracts.RawReport;

/**
 * Raw report in, enriched report out: decode and clean, then analyze. The Kafka listener and the
 * offline extractor both run exactly this, so what researchers measure offline is what the topic gets.
 * Thread-safe: cleaning and analysis keep no per-report state.
 */
public class ReportPipeline {
    /** Bumped whenever cleaning or analysis changes what they produce. */
    public static final String EXTRACTOR_VERSION = "0.1.0";

    private final ReportCleaner cleaner;
    private final ReportAnalyzer analyzer;

    public ReportPipeline(ReportCleaner cleaner, ReportAnalyzer analyzer) {
        this.cleaner = cleaner;
        this.analyzer = analyzer;
    }

    public ReportPipeline() {
        this(new ReportCleaner(), new ReportAnalyzer());
    }

    public EnrichedReport enrich(RawReport raw) {
        CleanedText cleaned;
        try {
            cleaned = cleaner.clean(raw.content());
        } catch (NotTextException e) {
            throw new UnprocessableReportException(FailureKind.NOT_TEXT, e.getMessage(), e);
        }
        if (cleaned.text().isBlank()) {
            throw new UnprocessableReportException(FailureKind.EMPTY_AFTER_CLEANING, "no text left after cleaning");
        }
        var source = raw.source().withCharset(cleaned.charset(), cleaned.charsetConfidence());
        Analysis a = analyzer.analyze(cleaned, source);
        return new EnrichedReport(raw.reportId(), EnrichedReport.SCHEMA_VERSION, source, a.title(), cleaned.script(),
                cleaned.text(), a.region(), a.year(), a.docType(), a.publisher(), a.publishedAt(), a.documentNumber(),
                a.sections(), a.targets(), a.entities(), a.topics(), a.keywords(),
                new Quality(cleaned.repairs(), cleaned.flags()), EXTRACTOR_VERSION);
    }
}
