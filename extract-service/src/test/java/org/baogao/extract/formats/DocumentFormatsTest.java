package org.baogao.extract.formats;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.baogao.cleaning.ReportCleaner;
import org.baogao.contracts.DocumentInfo;
import org.baogao.contracts.EnrichedReport;
import org.baogao.contracts.Target;
import org.baogao.extract.pipeline.ReportPipeline;
import org.baogao.fixtures.LibreOffice;
import org.baogao.fixtures.OfdPackage;
import org.baogao.fixtures.PortalPage;
import org.baogao.fixtures.ReportText;
import org.baogao.fixtures.WordReport;
import org.baogao.text.ChineseNormalizer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seeds as they would be published: Word files made with Apache POI (A4, 16 pt Noto Serif CJK, running
 * header, page numbers), turned by LibreOffice into PDF (embedded CJK subsets), .doc, RTF and ODT; the .doc
 * again as .wps (WPS Writer's format is Word 97's); an OFD package; the portal page around the report, in UTF-8
 * and in GB18030. Every version must give the targets of the plain text it was made from; the PDF must say
 * on which page each target is. Scans and PDFs whose fonts have no Unicode map: {@link ScannedDocumentsTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentFormatsTest {
    private final ReportPipeline pipeline = new ReportPipeline();
    private final Map<String, ReportText> reports = new LinkedHashMap<>();
    private final Map<String, Map<String, byte[]>> versions = new LinkedHashMap<>();

    @BeforeAll
    void publishTheSeeds(@TempDir Path dir) throws Exception {
        ReportCleaner decoder = new ReportCleaner();
        List<Path> docxFiles = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(Path.of("..", "seeds"))) {
            for (Path seed : seeds.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String name = seed.getFileName().toString().replace(".txt", "");
                ReportText report = ReportText.of(decoder.decode(Files.readAllBytes(seed)).text());
                reports.put(name, report);
                Map<String, byte[]> files = new LinkedHashMap<>();
                byte[] docx = WordReport.docx(report, false);
                files.put("docx", docx);
                files.put("ofd", OfdPackage.ofd(report));
                files.put("html", PortalPage.html(report, "常州市人民政府", "utf-8").getBytes(StandardCharsets.UTF_8));
                files.put("gb18030.html", PortalPage.html(report, "常州市人民政府", "gb18030").getBytes(Charset.forName("GB18030")));
                versions.put(name, files);
                Path docxFile = dir.resolve(name + ".docx");
                Files.write(docxFile, docx);
                docxFiles.add(docxFile);
            }
        }
        for (String format : List.of("pdf", "doc", "rtf", "odt")) {
            List<Path> converted = LibreOffice.convert(docxFiles, format, dir.resolve(format));
            for (Path file : converted) {
                String name = file.getFileName().toString().replaceFirst("\\.[a-z]+$", "");
                versions.get(name).put(format, Files.readAllBytes(file));
            }
        }
        versions.values().forEach(files -> files.put("wps", files.get("doc")));
    }

    @AfterAll
    void close() {
        pipeline.close();
    }

    @TestFactory
    Stream<DynamicTest> everyVersionOfASeedGivesTheTargetsOfItsPlainText() {
        List<DynamicTest> tests = new ArrayList<>();
        reports.forEach((name, report) -> {
            List<String> expected = FormatTargets.of(FormatTargets.enrich(pipeline, name + ".txt",
                    report.plain().getBytes(StandardCharsets.UTF_8)));
            versions.get(name).forEach((format, bytes) -> tests.add(DynamicTest.dynamicTest(name + "." + format, () -> {
                EnrichedReport read = FormatTargets.enrich(pipeline, name + "." + format, bytes);
                assertThat(FormatTargets.of(read)).as(name + "." + format).isEqualTo(expected);
                DocumentInfo document = read.source().document();
                assertThat(document.format()).isEqualTo(format.replace("gb18030.", ""));
                assertThat(read.title()).isNotBlank();
            })));
        });
        return tests.stream();
    }

    @Test
    void theDenseSeedHasTargetsAtAll() {
        EnrichedReport read = FormatTargets.enrich(pipeline, "001.pdf", versions.get("001_2e6097f3b5237596").get("pdf"));
        assertThat(read.targets()).hasSizeGreaterThan(10);
    }

    @Test
    void aPdfSaysOnWhichPageEachTargetAndSectionIs() throws IOException {
        byte[] pdf = versions.get("001_2e6097f3b5237596").get("pdf");
        EnrichedReport read = FormatTargets.enrich(pipeline, "001.pdf", pdf);
        List<String> pages = pageTexts(pdf);
        DocumentInfo document = read.source().document();
        assertThat(document.pageCount()).isEqualTo(pages.size()).isGreaterThan(3);
        assertThat(document.pageStarts()).hasSize(pages.size()).startsWith(0).isSorted();
        assertThat(document.parser()).contains("Apache Tika").contains("PDFParser");
        int found = 0;
        for (Target target : read.targets()) {
            assertThat(target.page()).as(target.text()).isBetween(1, pages.size());
            String snippet = ChineseNormalizer.normalize(target.text()).replaceAll("\\s", "");
            snippet = snippet.substring(0, Math.min(8, snippet.length()));
            List<Integer> onPages = new ArrayList<>();
            for (int p = 0; p < pages.size(); p++) {
                if (pages.get(p).contains(snippet)) {
                    onPages.add(p + 1);
                }
            }
            if (!onPages.isEmpty()) {
                found++;
                assertThat(onPages).as("pages of '" + snippet + "'").contains(target.page());
            }
        }
        assertThat(found).as("targets whose clause start is found in one page's text").isGreaterThan(read.targets().size() * 3 / 4);
        assertThat(read.sections()).isNotEmpty().allSatisfy(s -> assertThat(s.page()).isBetween(1, pages.size()));
    }

    @Test
    void pageFurnitureOfThePdfDoesNotReachTheText() {
        EnrichedReport read = FormatTargets.enrich(pipeline, "001.pdf", versions.get("001_2e6097f3b5237596").get("pdf"));
        assertThat(read.text()).doesNotContainPattern("(?m)^- ?\\d+ ?-$");
        String header = reports.get("001_2e6097f3b5237596").runningHeader();
        int headerLines = 0;
        for (String line : read.text().split("\n")) {
            if (line.strip().equals(ChineseNormalizer.normalize(header))) {
                headerLines++;
            }
        }
        assertThat(headerLines).as("running header '" + header + "' kept as a line").isLessThanOrEqualTo(1);
    }

    @Test
    void wordAndWebPagesHaveNoPages() {
        EnrichedReport docx = FormatTargets.enrich(pipeline, "001.docx", versions.get("001_2e6097f3b5237596").get("docx"));
        assertThat(docx.source().document().pageStarts()).isEmpty();
        assertThat(docx.targets()).allSatisfy(t -> assertThat(t.page()).isNull());
        EnrichedReport html = FormatTargets.enrich(pipeline, "001.html", versions.get("001_2e6097f3b5237596").get("html"));
        assertThat(html.source().document().parser()).startsWith("jsoup");
        assertThat(html.text()).doesNotContain("热点新闻", "分享到", "ICP备", "无障碍浏览", "欢迎访问", "当前位置");
    }

    private static List<String> pageTexts(byte[] pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(ChineseNormalizer.normalize(stripper.getText(doc)).replaceAll("\\s", ""));
            }
        }
        return pages;
    }
}
