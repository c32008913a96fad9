package org.baogao.extract.pipeline;

import org.baogao.analysis.Analysis;
import org.baogao.analysis.ReportAnalyzer;
import org.baogao.cleaning.CleanedText;
import org.baogao.cleaning.ReportCleaner;
import org.baogao.contracts.DocumentInfo;
import org.baogao.contracts.EnrichedReport;
import org.baogao.contracts.FailureKind;
import org.baogao.contracts.OcrQuality;
import org.baogao.contracts.Quality;
import org.baogao.contracts.QualityEntry;
import org.baogao.contracts.RawReport;
import org.baogao.contracts.Section;
import org.baogao.contracts.SourceInfo;
import org.baogao.contracts.Target;
import org.baogao.documents.DocumentReader;
import org.baogao.documents.OcrReport;
import org.baogao.documents.ReadingLimits;
import org.baogao.documents.isolation.IsolatedDocumentReader;
import org.baogao.filetypes.FileType;
import org.baogao.filetypes.FileTypeDetector;

import java.util.ArrayList;
import java.util.List;

/**
 * Raw report in, enriched report out: detect the file type, read the text (decode, or parse, or OCR) and
 * clean it, then analyze, then say on which page of the source each section and target is. The Kafka listener
 * and the offline extractor both run exactly this, so what researchers measure offline is what the topic gets.
 * Thread-safe. Close it to stop the document reader processes.
 */
public class ReportPipeline implements AutoCloseable {
    /** Bumped whenever cleaning or analysis changes what they produce. */
    public static final String EXTRACTOR_VERSION = "0.1.0";
    /** Below this mean word confidence an OCRed page is flagged in {@code quality}. */
    static final double LOW_OCR_CONFIDENCE = 70;

    private final FileTypeDetector detector;
    private final ReportReading reading;
    private final DocumentReader documents;
    private final ReportAnalyzer analyzer;

    public ReportPipeline(ReportCleaner cleaner, ReportAnalyzer analyzer, FileTypeDetector detector, DocumentReader documents) {
        this.detector = detector;
        this.reading = new ReportReading(cleaner, documents);
        this.documents = documents;
        this.analyzer = analyzer;
    }

    /** Documents read in one child process at a time, with the default budget. */
    public ReportPipeline(ReportCleaner cleaner, ReportAnalyzer analyzer) {
        this(cleaner, analyzer, new FileTypeDetector(), new IsolatedDocumentReader(ReadingLimits.DEFAULT, 1));
    }

    public ReportPipeline() {
        this(new ReportCleaner(), new ReportAnalyzer());
    }

    public EnrichedReport enrich(RawReport raw) {
        FileType type = detector.detect(raw.content(), raw.source().name());
        ReadReport read = reading.read(raw.content(), type);
        CleanedText cleaned = read.cleaned();
        if (cleaned.text().isBlank()) {
            throw new UnprocessableReportException(FailureKind.EMPTY_AFTER_CLEANING, "no text left after cleaning ("
                    + type.description() + (read.warnings().isEmpty() ? "" : "; " + String.join("; ", read.warnings())) + ")");
        }
        PageMap pages = PageMap.of(read.rawPageStarts(), cleaned);
        SourceInfo source = raw.source()
                .withCharset(cleaned.charset(), cleaned.charset() == null ? null : cleaned.charsetConfidence())
                .withDocument(new DocumentInfo(read.format(), read.mediaType(), read.parser(), read.pageCount(), pages.cleanStarts()));
        Analysis a = analyzer.analyze(cleaned, source);
        List<Section> sections = a.sections().stream().map(s -> s.withPage(pages.pageAt(s.start()))).toList();
        List<Target> targets = a.targets().stream().map(t -> t.withPage(pages.pageAt(t.start()))).toList();
        return new EnrichedReport(raw.reportId(), EnrichedReport.SCHEMA_VERSION, source, a.title(), cleaned.script(),
                cleaned.text(), a.region(), a.year(), a.docType(), a.publisher(), a.publishedAt(), a.documentNumber(),
                sections, targets, a.entities(), a.topics(), a.keywords(), quality(read), EXTRACTOR_VERSION);
    }

    /** Cleaning's repairs and flags, what reading left out, and how OCR went (low-confidence pages flagged). */
    private static Quality quality(ReadReport read) {
        CleanedText cleaned = read.cleaned();
        List<QualityEntry> flags = new ArrayList<>(cleaned.flags());
        for (String warning : read.warnings()) {
            flags.add(new QualityEntry("unread_pages", 0, 0, warning, null));
        }
        OcrReport ocr = read.ocr();
        if (ocr == null) {
            return new Quality(cleaned.repairs(), flags);
        }
        List<OcrQuality.Page> pages = new ArrayList<>();
        List<Integer> starts = read.rawPageStarts();
        int rawLength = cleaned.rawText().length();
        for (OcrReport.Page page : ocr.pages()) {
            pages.add(new OcrQuality.Page(page.page(), page.confidence()));
            if (page.confidence() < LOW_OCR_CONFIDENCE && page.characters() > 0) {
                int start = page.page() - 1 < starts.size() ? starts.get(page.page() - 1) : 0;
                int end = page.page() < starts.size() ? starts.get(page.page()) : rawLength;
                flags.add(new QualityEntry("ocr_low_confidence", start, end,
                        "page " + page.page() + ": OCR confidence " + page.confidence(), null));
            }
        }
        double mean = Math.round(ocr.meanConfidence() * 10) / 10.0;
        return new Quality(cleaned.repairs(), flags, new OcrQuality(ocr.engine(), ocr.language(), mean, pages));
    }

    @Override
    public void close() {
        documents.close();
    }
}
