package org.baogao.cleaning.pinyin;

import org.baogao.cleaning.edit.CleaningStage;
import org.baogao.cleaning.edit.EditableText;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PinyinAnnotationRemovalTest {
    private final PinyinAnnotationRemoval stage = new PinyinAnnotationRemoval();

    @Test
    void removesToneMarkedReadingsAfterCharacters() {
        EditableText t = CleaningStage.runAlone(stage, "發(fā)布機構(gòu):市人民政府。健全制（zhì）度，重(chóng)點行(háng)業穩(wěn)步發展。");
        assertThat(t.text()).isEqualTo("發布機構:市人民政府。健全制度，重點行業穩步發展。");
        assertThat(t.repairs()).hasSize(6).allSatisfy(r -> assertThat(r.kind()).isEqualTo(PinyinAnnotationRemoval.KIND));
    }

    @Test
    void removesAToneLessReadingOnlyIfItIsTheCharactersReading() {
        EditableText t = CleaningStage.runAlone(stage, "中(zhong)國特色，增長(an)");
        assertThat(t.text()).isEqualTo("中國特色，增長(an)");
    }

    @Test
    void keepsAbbreviationsAndNotesInParentheses() {
        String text = "地區生產總值(GDP)增長6%，研發投入強度(R&D)達3.1%，新建5G基站(座)1200個，居民(含農村)收入增長。";
        EditableText t = CleaningStage.runAlone(stage, text);
        assertThat(t.text()).isEqualTo(text);
    }

    @Test
    void removesAReadingWhoseOpeningParenthesisMojibakeAte() {
        EditableText t = CleaningStage.runAlone(stage, "（五）?gòu)筑生態綠色發展新優勢");
        assertThat(t.text()).isEqualTo("（五）?筑生態綠色發展新優勢");
    }

    @Test
    void keptCharactersKeepTheirRawOffsets() {
        EditableText t = CleaningStage.runAlone(stage, "發(fā)布");
        assertThat(t.text()).isEqualTo("發布");
        assertThat(t.rawOffset(1)).isEqualTo(5);
        assertThat(t.repairs().get(0).before()).isEqualTo("(fā)");
    }
}
