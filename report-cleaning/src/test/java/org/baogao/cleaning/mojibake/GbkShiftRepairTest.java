package org.baogao.cleaning.mojibake;

import org.baogao.cleaning.edit.CleaningStage;
import org.baogao.cleaning.edit.EditableText;
import org.baogao.cleaning.model.CharModel;
import org.baogao.cleaning.model.ChineseScore;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class GbkShiftRepairTest {
    private static final Charset GBK = Charset.forName("GBK");
    private final GbkShiftRepair stage = new GbkShiftRepair(new ChineseScore(CharModel.standard()));

    /**
     * What a decoder that lost one byte prints: '?' for the orphan lead byte, then the rest decoded one
     * byte off (the JDK's GBK decoder falls back into step by itself at the first ASCII byte).
     */
    static String shiftedByOne(String original, String asciiReplacement) {
        byte[] bytes = original.getBytes(GBK);
        String decoded = new String(Arrays.copyOfRange(bytes, 1, bytes.length), GBK);
        return "?" + decoded.replace("\uFFFD", asciiReplacement);
    }

    @Test
    void repairsTraditionalHeadingThatResyncsOnAnAsciiTrailByte() {
        String corrupted = shiftedByOne("　（四）推動城鄉融合發展新提升", "?");
        assertThat(corrupted).startsWith("?。");
        EditableText t = CleaningStage.runAlone(stage, "各位代表：\n" + corrupted + "\n堅持農業農村優先發展。");
        assertThat(t.text()).contains("（四）推動城鄉融合發展新提升").doesNotContain("?");
        assertThat(t.repairs()).anySatisfy(r -> assertThat(r.kind()).isEqualTo(GbkShiftRepair.KIND));
        assertThat(t.unreliableSpans()).isEmpty();
    }

    @Test
    void repairsSimplifiedRunAndGuessesTheCharacterWhoseTrailWasReplaced() {
        String corrupted = shiftedByOne("　全市新增高新技术企业", "?") + "200家。";
        EditableText t = CleaningStage.runAlone(stage, "今年主要目标：\n" + corrupted);
        assertThat(t.text()).contains("全市新增高新技术企业200家。");
    }

    @Test
    void restoresTheCharacterWhoseLeadByteBecameTheQuestionMark() {
        // 確保: the lead byte of 保 was lost; its trail byte begins the shifted run.
        String text = "確" + shiftedByOne("保“十四五”開好局", "?");
        EditableText t = CleaningStage.runAlone(stage, "奮力譜寫新篇章，" + text + "，為開啟新征程作出新貢獻。");
        assertThat(t.text()).contains("確保“十四五”開好局");
    }

    @Test
    void repairsARunWhoseOrphanByteWasDroppedSilently() {
        String corrupted = shiftedByOne("　（四）推動城鄉融合發展新提升", "").substring(1);
        assertThat(corrupted).doesNotContain("?").contains("ㄋ");
        EditableText t = CleaningStage.runAlone(stage, "堅持農業農村優先發展。\n" + corrupted + "\n完善社會保障體系。");
        assertThat(t.text()).contains("（四）推動城鄉融合發展新提升").doesNotContain("ㄋ");
    }

    @Test
    void leavesTablesDrawnWithBoxCharactersAlone() {
        String table = "┌────┬────┐\n│指標│目標│\n├────┼────┤\n│地區生產總值│增長6%│\n└────┴────┘";
        EditableText t = CleaningStage.runAlone(stage, table);
        assertThat(t.text()).isEqualTo(table);
    }

    @Test
    void putsBackAPairALossyDecoderDropped() {
        // Shifted, 十四 pairs up as AE CB, a user-defined code a lossy decoder drops without a trace.
        String lossy = shiftedByOne("保“十四五”開好局", "?").replaceAll("[\uE000-\uF8FF]", "");
        assertThat(lossy).doesNotContain("十");
        EditableText t = CleaningStage.runAlone(stage, "奮力譜寫新篇章，確" + lossy + "，為開啟新征程作出新貢獻。");
        assertThat(t.text()).contains("確保“十四五”開好局");
    }

    @Test
    void leavesCleanTextWithQuestionMarksAlone() {
        String clean = "如何推進城鄉融合?我們認為要堅持規劃引領。群眾滿意不滿意?這是檢驗工作的標準。";
        EditableText t = CleaningStage.runAlone(stage, clean);
        assertThat(t.text()).isEqualTo(clean);
        assertThat(t.repairs()).isEmpty();
        assertThat(t.flags()).isEmpty();
    }

    @Test
    void flagsARunThatLooksCorruptedButDoesNotRepair() {
        EditableText t = CleaningStage.runAlone(stage, "全面推進。\n?┐┑┒┓┕┗┘┙\n下一段。");
        assertThat(t.text()).contains("┐┑┒┓");
        assertThat(t.flags()).anySatisfy(f -> assertThat(f.kind()).isEqualTo(GbkShiftRepair.UNREPAIRED));
        assertThat(t.unreliableSpans()).isNotEmpty();
    }

    @Test
    void offsetsOfTheRepairPointAtTheMojibake() {
        String prefix = "各位代表：\n";
        String corrupted = shiftedByOne("　（二）打造產業集群發展新高地", "?");
        EditableText t = CleaningStage.runAlone(stage, prefix + corrupted + "\n");
        var repair = t.repairs().get(0);
        assertThat(repair.rawStart()).isEqualTo(prefix.length());
        assertThat(t.text()).contains("（二）打造產業集群發展新高地");
        int after = t.text().indexOf("集群");
        assertThat(t.rawText().charAt(t.rawOffset(after))).isEqualTo('集');
    }
}
