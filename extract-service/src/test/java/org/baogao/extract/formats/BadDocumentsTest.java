package org.baogao.extract.formats;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.baogao.contracts.FailureKind;
import org.baogao.extract.pipeline.ReportPipeline;
import org.baogao.extract.pipeline.UnprocessableReportException;
import org.baogao.fixtures.PasswordProtected;
import org.baogao.fixtures.ReportText;
import org.baogao.fixtures.ScannedPdf;
import org.baogao.fixtures.WordReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Files that cannot become reports end with a kind and a reason an operator can act on, through the pipeline as
 * the Kafka listener runs it (documents read in a child process with a budget): never a hang, never a crash.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadDocumentsTest {
    private static final ReportText REPORT = ReportText.of("某区2024年政府工作报告\n全区地区生产总值增长6%左右，一般公共预算收入增长5%左右。\n");
    private final ReportPipeline pipeline = new ReportPipeline();

    @AfterAll
    void close() {
        pipeline.close();
    }

    @Test
    void aPasswordProtectedWordFileIsEncrypted() {
        assertFails("locked.docx", PasswordProtected.office(WordReport.docx(REPORT, false), "secret"), FailureKind.ENCRYPTED, "password");
    }

    @Test
    void aPdfThatNeedsAPasswordIsEncrypted() throws Exception {
        try (PDDocument doc = Loader.loadPDF(ScannedPdf.pdf(REPORT, false, 12))) {
            doc.protect(new StandardProtectionPolicy("owner", "user", new AccessPermission()));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            assertFails("locked.pdf", out.toByteArray(), FailureKind.ENCRYPTED, "password");
        }
    }

    @Test
    void aTruncatedWordFileIsDamaged() {
        byte[] docx = WordReport.docx(REPORT, false);
        assertFails("cut.docx", Arrays.copyOf(docx, docx.length * 2 / 3), FailureKind.DAMAGED_DOCUMENT, "damaged or truncated");
    }

    @Test
    void aPdfWithItsBodyCutOffIsDamaged() {
        byte[] pdf = ScannedPdf.pdf(REPORT, false, 12);
        assertFails("cut.pdf", Arrays.copyOf(pdf, 400), FailureKind.DAMAGED_DOCUMENT, "PDF");
    }

    @Test
    void aZipBombDressedAsAWordFileIsOverTheLimit() throws Exception {
        // 40 MB of XML in 40 KB: the text limit (a report has 30,000 characters, not millions) stops it.
        assertFails("bomb.docx", zipBomb(WordReport.docx(REPORT, false)), FailureKind.OVER_LIMIT, "characters of text");
    }

    @Test
    void randomBytesNamedPdfAreNoFormatAnyReaderKnows() {
        byte[] noise = new byte[8192];
        new Random(3).nextBytes(noise);
        assertFails("report.pdf", noise, FailureKind.UNSUPPORTED_FORMAT, "unknown binary data");
    }

    @Test
    void anArchiveIsRefusedNamingItsType() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("report.txt"));
            zip.write(REPORT.plain().getBytes(StandardCharsets.UTF_8));
        }
        assertFails("reports.zip", out.toByteArray(), FailureKind.UNSUPPORTED_FORMAT, "application/zip");
    }

    private void assertFails(String name, byte[] bytes, FailureKind kind, String reasonPart) {
        assertThatThrownBy(() -> FormatTargets.enrich(pipeline, name, bytes))
                .isInstanceOfSatisfying(UnprocessableReportException.class, e -> {
                    assertThat(e.kind()).as(e.getMessage()).isEqualTo(kind);
                    assertThat(e.getMessage()).contains(reasonPart);
                });
    }

    /** The Word file with its document part swapped for 40 MB of one repeated paragraph, which deflates to ~40 KB. */
    private static byte[] zipBomb(byte[] docx) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx)); ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (!entry.getName().equals("word/document.xml")) {
                    zip.write(in.readAllBytes());
                    continue;
                }
                zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                        + "wordprocessingml/2006/main\"><w:body>").getBytes(StandardCharsets.UTF_8));
                byte[] paragraph = "<w:p><w:r><w:t>全区地区生产总值增长6%左右</w:t></w:r></w:p>".repeat(20_000).getBytes(StandardCharsets.UTF_8);
                for (int i = 0; i < 40_000_000 / paragraph.length; i++) {
                    zip.write(paragraph);
                }
                zip.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }
}
