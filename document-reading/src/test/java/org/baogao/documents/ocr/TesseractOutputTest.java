package org.baogao.documents.ocr;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TesseractOutputTest {
    // LayoutSpaces is what joinCjk runs; PDF text goes through it too.

    @Test
    void spacesBetweenChineseCharactersGoSpacesBetweenLatinWordsStay() {
        assertThat(Tesseract.joinCjk("地 区 生 产 总 值 增 长 6% 左 右 ， 新 增 IPO 申报 1 家"))
                .isEqualTo("地区生产总值增长6%左右，新增IPO申报1家");
        assertThat(Tesseract.joinCjk("Government Work Report 2024")).isEqualTo("Government Work Report 2024");
        assertThat(Tesseract.joinCjk("深化 “放管服” 改革")).isEqualTo("深化“放管服”改革");
    }

    @Test
    void pagesAndTheirConfidenceComeFromTheTsv() {
        String text = "第一页\n\f第二页\n\f";
        List<String> tsv = List.of(
                "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext",
                "1\t1\t0\t0\t0\t0\t0\t0\t100\t100\t-1\t",
                "5\t1\t1\t1\t1\t1\t0\t0\t10\t10\t90\t第一",
                "5\t1\t1\t1\t1\t2\t0\t0\t10\t10\t60\t页",
                "5\t2\t1\t1\t1\t1\t0\t0\t10\t10\t80\t第二页");
        List<Tesseract.OcrPage> pages = Tesseract.pages(text, tsv);
        assertThat(pages).hasSize(2);
        assertThat(pages.get(0).text().strip()).isEqualTo("第一页");
        assertThat(pages.get(0).confidence()).isEqualTo(80.0); // (90*2 + 60*1) / 3
        assertThat(pages.get(1).confidence()).isEqualTo(80.0);
    }

    @Test
    void theLanguageComesFromTheScriptOfWhatTheFirstPassRead() {
        assertThat(OcrLanguage.fromSample("今年经济社会发展的主要预期目标是：地区生产总值增长6%左右。", true)).isEqualTo("chi_sim");
        assertThat(OcrLanguage.fromSample("今年經濟社會發展的主要預期目標是：地區生產總值增長6%左右。", true)).isEqualTo("chi_tra");
        assertThat(OcrLanguage.fromSample("The main targets for development this year are: GDP growth of around 5 percent.", true))
                .isEqualTo("eng");
    }

    @Test
    void aPageWithoutATextLayerIsToldFromOneWithIt() {
        assertThat(PdfScanPages.hasTextLayer("今年经济社会发展的主要预期目标是：地区生产总值增长6%左右。")).isTrue();
        assertThat(PdfScanPages.hasTextLayer("The main targets for development this year are GDP growth of 5 percent.")).isTrue();
        assertThat(PdfScanPages.hasTextLayer("  \n - 3 - \n")).isFalse();
        // What PDFBox gives for a simple font whose codes map to nothing: symbols and Latin-1, no words.
        assertThat(PdfScanPages.hasTextLayer(")*+,-\"./0102345 67 89:;<=>?@ABCDEFG.HIJK,LMNOPQR.SSTUPQR,LVDW")).isFalse();
        assertThat(PdfScanPages.hasTextLayer("\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD地区")).isFalse();
    }
}
