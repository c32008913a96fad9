package org.baogao.extract.formats;

import org.baogao.extract.eval.Evaluation;
import org.baogao.extract.eval.Evaluator;
import org.baogao.extract.eval.GoldFile;
import org.baogao.extract.pipeline.ReportPipeline;
import org.baogao.fixtures.LibreOffice;
import org.baogao.fixtures.PortalPage;
import org.baogao.fixtures.ReportText;
import org.baogao.fixtures.WordReport;
import org.baogao.testsupport.ProjectFiles;
import org.baogao.testsupport.RequiresShared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dev set's 15 full provincial reports as they would be published (a Word file, the PDF LibreOffice prints
 * from it with running headers and page numbers, the portal page around the text), scored against the dev set's
 * gold like their plain text: long real reports put page furniture, wrapped lines and headings where the seeds
 * do not (a printed first page carries the header right above the title; a web page printed to PDF repeats its
 * title after the last page).
 */
class DevSetFormatsTest {
    /** How much a published version may lose against its text, in recall and in precision. */
    private static final double SLACK = 0.01;

    @Test
    @RequiresShared("corpus/provincial-2026/gold.json")
    void publishedVersionsScoreAsTheirText(@TempDir Path dir) throws Exception {
        Path devSet = ProjectFiles.shared("corpus/provincial-2026").orElseThrow();
        GoldFile gold = GoldFile.read(devSet.resolve("gold.json"));
        List<Path> docx = new ArrayList<>();
        Files.createDirectories(dir.resolve("docx"));
        Files.createDirectories(dir.resolve("html"));
        for (String name : gold.reports().keySet()) {
            ReportText report = ReportText.of(Files.readString(devSet.resolve(name), StandardCharsets.UTF_8));
            String stem = name.replaceFirst("\\.txt$", "");
            Path word = dir.resolve("docx").resolve(stem + ".docx");
            Files.write(word, WordReport.docx(report, false));
            docx.add(word);
            Files.writeString(dir.resolve("html").resolve(stem + ".html"), PortalPage.html(report, "省人民政府", "utf-8"));
        }
        LibreOffice.convert(docx, "pdf", dir.resolve("pdf"));

        Evaluator evaluator = new Evaluator(new ReportPipeline());
        Evaluation text = evaluator.evaluate(gold, devSet);
        for (String format : List.of("pdf", "docx", "html")) {
            Evaluation published = evaluator.evaluate(renamed(gold, format), dir.resolve(format));
            System.out.println(format + ": " + published.summary() + " (text: " + text.summary() + ")");
            assertThat(published.recall()).as(format + ": " + published.summary())
                    .isGreaterThanOrEqualTo(text.recall() - SLACK);
            assertThat(published.precision()).as(format + ": " + published.summary())
                    .isGreaterThanOrEqualTo(text.precision() - SLACK);
            assertThat(published.yearsRight()).as(format).isEqualTo(published.yearsScored());
            assertThat(published.regionsRight()).as(format).isEqualTo(published.regionsScored());
        }
    }

    /** The gold with each report's file name in the published format (anhui-2026.txt → anhui-2026.pdf). */
    private static GoldFile renamed(GoldFile gold, String format) {
        Map<String, GoldFile.Report> reports = new LinkedHashMap<>();
        gold.reports().forEach((name, report) -> reports.put(name.replaceFirst("\\.txt$", "." + format), report));
        return new GoldFile(reports);
    }
}
