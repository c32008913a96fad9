package org.baogao.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChineseNormalizerTest {

    @Test
    void traditionalAndSimplifiedMeet() {
        assertThat(ChineseNormalizer.normalize("發展新質生產力")).isEqualTo("发展新质生产力");
        assertThat(ChineseNormalizer.normalize("发展新质生产力")).isEqualTo("发展新质生产力");
    }

    @Test
    void widthsFoldCharForChar() {
        String in = "增长６．５％（左右）　全年";
        String out = WidthFolding.fold(in);
        assertThat(out).isEqualTo("增长6.5%(左右) 全年");
        assertThat(out).hasSameSizeAs(in);
    }

    @Test
    void listMarkersSurviveWidthFolding() {
        assertThat(WidthFolding.fold("①⑴〇")).isEqualTo("①⑴〇");
    }

    @Test
    void detectsScript() {
        assertThat(ScriptConverter.detectScript("常州市人民政府關於印發2021年重點工作的通知，推動經濟發展")).isEqualTo("hant");
        assertThat(ScriptConverter.detectScript("常州市人民政府关于印发2021年重点工作的通知，推动经济发展")).isEqualTo("hans");
        assertThat(ScriptConverter.detectScript("推動經濟發展，推动经济发展")).isEqualTo("mixed");
        // curly quotes are converted to corner brackets by s2t, but they are punctuation, not script
        assertThat(ScriptConverter.detectScript("確保“十四五”開好局，“雙循環”")).isEqualTo("hant");
    }

    @Test
    void segmentsQueryAndTextAlike() {
        String text = ChineseNormalizer.normalize("大力發展新能源汽車產業");
        assertThat(WordSegmenter.words(text)).contains("新能源");
        assertThat(WordSegmenter.spaced(ChineseNormalizer.normalize("新能源汽車"))).isEqualTo(WordSegmenter.spaced("新能源汽车"));
    }
}
