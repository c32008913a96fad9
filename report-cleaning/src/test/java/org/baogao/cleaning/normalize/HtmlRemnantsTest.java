package org.baogao.cleaning.normalize;

import org.baogao.cleaning.edit.CleaningStage;
import org.baogao.cleaning.edit.EditableText;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlRemnantsTest {
    private final HtmlRemnants stage = new HtmlRemnants();

    @Test
    void tagsAndReferencesFromScrapedPages() {
        EditableText t = CleaningStage.runAlone(stage,
                "<p style=\"text-indent:2em\">今年主要预期目标是：地区生产总值增长6%左右。</p><p>&nbsp;&nbsp;坚持&ldquo;稳中求进&rdquo;工作总基调<br/>推动高质量发展&#65281;</p>");
        assertThat(t.text()).isEqualTo("今年主要预期目标是：地区生产总值增长6%左右。\n  坚持“稳中求进”工作总基调\n推动高质量发展！\n");
        assertThat(t.repairs()).allSatisfy(r -> assertThat(r.kind()).isEqualTo(HtmlRemnants.KIND));
        int at = t.text().indexOf("稳中求进");
        assertThat(t.rawText().charAt(t.rawOffset(at))).isEqualTo('稳');
    }

    @Test
    void leavesComparisonsAndAmpersandsThatAreNotMarkupAlone() {
        String text = "研发投入(R&D)占比达3%，PM2.5<35微克/立方米，增速>6%且<8%，A&B公司。";
        assertThat(CleaningStage.runAlone(stage, text).text()).isEqualTo(text);
    }
}
