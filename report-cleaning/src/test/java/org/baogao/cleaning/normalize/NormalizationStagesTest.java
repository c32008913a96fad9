package org.baogao.cleaning.normalize;

import org.baogao.cleaning.edit.CleaningStage;
import org.baogao.cleaning.edit.EditableText;
import org.baogao.text.ScriptConverter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NormalizationStagesTest {

    @Test
    void invisibleCharactersAndLineEnds() {
        EditableText t = CleaningStage.runAlone(new InvisibleCharacters(), "各位\u200B代表：\r\n现在\u00A0我代表\uFEFF市政府\r报告。\u0007");
        assertThat(t.text()).isEqualTo("各位代表：\n现在 我代表市政府\n报告。");
        assertThat(t.rawText().charAt(t.rawOffset(t.text().indexOf('现')))).isEqualTo('现');
    }

    @Test
    void widthFoldingKeepsOffsetsOneToOne() {
        EditableText t = CleaningStage.runAlone(new WidthFoldingStage(), "增长６．５％左右（ＧＤＰ）");
        assertThat(t.text()).isEqualTo("增长6.5%左右(GDP)");
        for (int i = 0; i < t.length(); i++) {
            assertThat(t.rawOffset(i)).isEqualTo(i);
        }
    }

    @Test
    void traditionalToSimplifiedRecordsTheSourceScript() {
        EditableText t = CleaningStage.runAlone(new SimplifiedScript(), "堅持穩中求進工作總基調，推動“十四五”規劃實施。");
        assertThat(t.text()).isEqualTo("坚持稳中求进工作总基调，推动“十四五”规划实施。");
        assertThat(t.sourceScript()).isEqualTo(ScriptConverter.HANT);
        assertThat(t.rawOffset(t.text().indexOf('规'))).isEqualTo(t.rawText().indexOf('規'));
    }

    @Test
    void simplifiedTextIsHansAndUnchanged() {
        String text = "坚持稳中求进工作总基调，推动“十四五”规划实施。";
        EditableText t = CleaningStage.runAlone(new SimplifiedScript(), text);
        assertThat(t.text()).isEqualTo(text);
        assertThat(t.sourceScript()).isEqualTo(ScriptConverter.HANS);
    }

    @Test
    void phraseConversionsThatChangeLengthStayAlignedOutsideTheirClause() {
        String text = "加強資訊基礎設施建設。推進數位轉型，發展軟體產業。";
        EditableText t = CleaningStage.runAlone(new SimplifiedScript(), text);
        String converted = ScriptConverter.toSimplified(text);
        assertThat(t.text()).isEqualTo(converted);
        int last = t.text().lastIndexOf('。');
        assertThat(t.rawText().charAt(t.rawOffset(last))).isEqualTo('。');
        assertThat(t.rawOffset(t.length())).isEqualTo(text.length());
    }
}
