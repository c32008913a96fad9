package org.baogao.e2e;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.baogao.cleaning.ReportCleaner;
import org.baogao.fixtures.LibreOffice;
import org.baogao.fixtures.ReportText;
import org.baogao.fixtures.WordReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reports as they are published, end to end on the real servers (a pipeline of its own): a seed as a Word file
 * and as the PDF LibreOffice prints from it are posted to ingest-service, read, indexed and found by search, the
 * PDF with its pages; a truncated PDF fails with its reason; an encrypted PDF is refused at the door naming its
 * type.
 */
class DocumentsEndToEndTest {
    private static final Duration PATIENCE = Duration.ofSeconds(180);
    private static RunningPipeline pipeline;
    private static byte[] docx;
    private static byte[] pdf;

    @BeforeAll
    static void publish(@TempDir Path dir) throws Exception {
        ReportText report = ReportText.of(new ReportCleaner()
                .decode(Files.readAllBytes(Path.of("..", "seeds", "001_2e6097f3b5237596.txt"))).text());
        docx = WordReport.docx(report, false);
        Path docxFile = dir.resolve("zhonglou-2020.docx");
        Files.write(docxFile, docx);
        pdf = Files.readAllBytes(LibreOffice.convert(List.of(docxFile), "pdf", dir).get(0));
        pipeline = RunningPipeline.separate();
    }

    @Test
    void aWordFileAndAPdfAreReadIndexedAndFound() {
        String docxId = accepted("zhonglou-2020.docx", docx);
        String pdfId = accepted("zhonglou-2020.pdf", pdf);
        await("docx and pdf indexed", () -> "indexed".equals(state(docxId)) && "indexed".equals(state(pdfId)));
        await("both searchable", () -> foundIds("钟楼外国语").containsAll(List.of(docxId, pdfId)));

        JsonNode fromPdf = Http.get(pipeline.searchUrl + "/api/reports/" + pdfId).json();
        assertThat(fromPdf.get("source").get("document").get("format").asString()).isEqualTo("pdf");
        int pages = fromPdf.get("source").get("document").get("pageCount").asInt();
        assertThat(pages).isGreaterThan(3);
        assertThat(fromPdf.get("targets").size()).isGreaterThan(10);
        for (JsonNode target : fromPdf.get("targets")) {
            assertThat(target.get("page").asInt()).isBetween(1, pages);
        }
        JsonNode fromDocx = Http.get(pipeline.searchUrl + "/api/reports/" + docxId).json();
        assertThat(fromDocx.get("source").get("document").get("format").asString()).isEqualTo("docx");
        assertThat(fromDocx.get("targets").size()).isEqualTo(fromPdf.get("targets").size());
    }

    @Test
    void aTruncatedPdfFailsWithItsReason() {
        byte[] truncated = Arrays.copyOf(pdf, pdf.length / 3);
        String id = accepted("cut-off.pdf", truncated);
        await("truncated pdf failed", () -> "failed".equals(state(id)));
        String reason = Http.get(pipeline.ingestUrl + "/api/reports/" + id).json().get("reason").asString();
        assertThat(reason).startsWith("DAMAGED_DOCUMENT").contains("PDF");
    }

    @Test
    void anEncryptedPdfIsRefusedAtTheDoorNamingItsType() throws Exception {
        byte[] locked;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            doc.protect(new StandardProtectionPolicy("owner", "user", new AccessPermission()));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            locked = out.toByteArray();
        }
        Http.Answer answer = Http.postFile(pipeline.ingestUrl, "locked.pdf", locked);
        assertThat(answer.status()).as(answer.body()).isEqualTo(415);
        assertThat(answer.json().get("detectedType").asString()).isEqualTo("application/pdf");
        assertThat(answer.json().get("detail").asString()).contains("encrypted").contains("password");
    }

    private static String accepted(String name, byte[] bytes) {
        Http.Answer answer = Http.postFile(pipeline.ingestUrl, name, bytes);
        assertThat(answer.status()).as(answer.body()).isEqualTo(202);
        return answer.json().get("reportId").asString();
    }

    private static Set<String> foundIds(String query) {
        Set<String> ids = new HashSet<>();
        for (JsonNode hit : Http.search(pipeline.searchUrl, query).json().get("hits")) {
            ids.add(hit.get("reportId").asString());
        }
        return ids;
    }

    private static String state(String reportId) {
        Http.Answer a = Http.get(pipeline.ingestUrl + "/api/reports/" + reportId);
        return a.status() == 200 ? a.json().get("state").asString() : "unknown (" + a.status() + ")";
    }

    private static void await(String what, BooleanSupplier condition) {
        Waiting.until(what, PATIENCE, condition);
    }
}
