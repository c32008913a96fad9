package org.baogao.extract.formats;

import org.baogao.analysis.ReportAnalyzer;
import org.baogao.cleaning.ReportCleaner;
import org.baogao.contracts.EnrichedReport;
import org.baogao.contracts.FailureKind;
import org.baogao.documents.DirectDocumentReader;
import org.baogao.documents.ReadingLimits;
import org.baogao.documents.ocr.Tesseract;
import org.baogao.extract.pipeline.ReportPipeline;
import org.baogao.extract.pipeline.UnprocessableReportException;
import org.baogao.filetypes.FileTypeDetector;
import org.baogao.fixtures.LibreOffice;
import org.baogao.fixtures.PdfWithoutUnicodeMap;
import org.baogao.fixtures.ReportText;
import org.baogao.fixtures.ScannedPdf;
import org.baogao.fixtures.WordReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Scans and PDFs whose CJK fonts carry no Unicode map, OCRed by Tesseract (installed by bin/setup-machine), one
 * page each to keep the run short: the paragraph of a seed that sets its targets, drawn at 12 pt on an A4 page.
 * Their targets must equal those of the text they were made from; the OCR language follows the script of the
 * page; without Tesseract a scan fails with the reason an operator can act on.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScannedDocumentsTest {
    private final ReportPipeline pipeline = new ReportPipeline();
    private ReportText simplified;
    private ReportText traditional;

    @BeforeAll
    void excerpts() throws Exception {
        assertThat(Tesseract.find()).as("tesseract is not installed: run bin/setup-machine").isPresent();
        ReportCleaner decoder = new ReportCleaner();
        simplified = excerpt(decoder.decode(Files.readAllBytes(Path.of("..", "seeds", "001_2e6097f3b5237596.txt"))).text(),
                "今年全区经济社会发展的主要预期目标", 4);
        // A printed page carries no pinyin readings: those are the portal's, and the scan is of the printed report.
        String seed003 = decoder.decode(Files.readAllBytes(Path.of("..", "seeds", "003_f5ab8c29433f7e08.txt"))).text()
                .replaceAll("\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)", "");
        traditional = excerpt(seed003, "今年經濟社會發展主要預期目標", 2);
    }

    @AfterAll
    void close() {
        pipeline.close();
    }

    @Test
    void aScannedPdfGivesTheTargetsOfItsText() {
        EnrichedReport scan = FormatTargets.enrich(pipeline, "scan.pdf", ScannedPdf.pdf(simplified, false, 12));
        assertThat(FormatTargets.of(scan)).isNotEmpty().isEqualTo(plainTargets(simplified));
        assertThat(scan.quality().ocr().language()).isEqualTo("chi_sim");
        assertThat(scan.quality().ocr().meanConfidence()).isGreaterThan(80);
        assertThat(scan.quality().ocr().pages()).extracting(p -> p.page()).containsExactly(1);
        assertThat(scan.source().document().parser()).contains("Tesseract");
        assertThat(scan.targets()).allSatisfy(t -> assertThat(t.page()).isEqualTo(1));
    }

    /**
     * Tesseract's traditional data reads worse than its simplified data (入 as 人, 占 as 上右 in this fixture): the
     * values all come through, most indicators do. The floor is just under what it reaches (5 of 8 exact).
     */
    @Test
    void aTraditionalScanIsReadWithTraditionalData() {
        EnrichedReport scan = FormatTargets.enrich(pipeline, "scan-hant.pdf", ScannedPdf.pdf(traditional, true, 12));
        assertThat(scan.quality().ocr().language()).isEqualTo("chi_tra");
        assertThat(scan.script()).isEqualTo("hant");
        List<String> expected = plainTargets(traditional);
        List<String> read = FormatTargets.of(scan);
        assertThat(read).hasSameSizeAs(expected);
        assertThat(read.stream().filter(expected::contains).count()).isGreaterThanOrEqualTo(expected.size() / 2);
        assertThat(scan.targets()).extracting(t -> t.value()).containsExactlyInAnyOrderElementsOf(
                FormatTargets.enrich(pipeline, "plain.txt", traditional.plain().getBytes(StandardCharsets.UTF_8))
                        .targets().stream().map(t -> t.value()).toList());
    }

    @Test
    void aPdfWhoseFontsHaveNoUnicodeMapIsOcred(@TempDir Path dir) throws Exception {
        Path docx = dir.resolve("excerpt.docx");
        Files.write(docx, WordReport.docx(simplified, false));
        byte[] pdf = PdfWithoutUnicodeMap.strip(Files.readAllBytes(LibreOffice.convert(List.of(docx), "pdf", dir).get(0)));
        EnrichedReport read = FormatTargets.enrich(pipeline, "no-unicode-map.pdf", pdf);
        assertThat(read.quality().ocr()).isNotNull();
        assertThat(FormatTargets.of(read)).isNotEmpty().isEqualTo(plainTargets(simplified));
    }

    @Test
    void aScannedPageAsAnImageIsOcred() throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(ScannedPdf.pages(simplified, false, 12).get(0), "png", png);
        EnrichedReport read = FormatTargets.enrich(pipeline, "page.png", png.toByteArray());
        assertThat(read.source().document().format()).isEqualTo("image");
        assertThat(FormatTargets.of(read)).isNotEmpty().isEqualTo(plainTargets(simplified));
    }

    @Test
    void withoutTesseractAScanFailsSayingSo() {
        try (ReportPipeline noOcr = new ReportPipeline(new ReportCleaner(), new ReportAnalyzer(), new FileTypeDetector(),
                new DirectDocumentReader(ReadingLimits.DEFAULT, Optional.empty()))) {
            assertThatThrownBy(() -> FormatTargets.enrich(noOcr, "scan.pdf", ScannedPdf.pdf(simplified, false, 12)))
                    .isInstanceOfSatisfying(UnprocessableReportException.class, e -> {
                        assertThat(e.kind()).isEqualTo(FailureKind.OCR_NOT_INSTALLED);
                        assertThat(e.getMessage()).isEqualTo("scanned document: OCR is not installed");
                    });
        }
    }

    private List<String> plainTargets(ReportText report) {
        return FormatTargets.of(FormatTargets.enrich(pipeline, "plain.txt", report.plain().getBytes(StandardCharsets.UTF_8)));
    }

    /** A title and the {@code paragraphs} paragraphs starting with the one that begins with {@code start}. */
    private static ReportText excerpt(String text, String start, int paragraphs) {
        ReportText whole = ReportText.of(text);
        for (int i = 0; i < whole.paragraphs().size(); i++) {
            if (whole.paragraphs().get(i).startsWith(start)) {
                return new ReportText(whole.runningHeader(), whole.paragraphs().subList(i, Math.min(i + paragraphs, whole.paragraphs().size())));
            }
        }
        throw new IllegalStateException("no paragraph starts with " + start);
    }
}
