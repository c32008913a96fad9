package org.baogao.cleaning.layout;

import org.baogao.cleaning.edit.CleaningStage;
import org.baogao.cleaning.edit.EditableText;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RunningHeaderRemovalTest {
    private final RunningHeaderRemoval stage = new RunningHeaderRemoval();
    /** Lines of about a third of a printed page: headers come once a page, never closer than this. */
    private static final String PAGE = "全面推进乡村振兴，持续巩固拓展脱贫攻坚成果同乡村振兴有效衔接，加快农业农村现代化，建设宜居宜业和美乡村。\n"
            + "坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局，着力推动高质量发展。\n"
            + "扎实推进新型工业化，加快发展新质生产力，持续深化改革开放，增强发展内生动力，统筹发展和安全。\n"
            + "着力扩大国内需求，推动经济实现质的有效提升和量的合理增长，持续用力推动高质量发展。";

    @Test
    void aShortLineOnEveryPageGoesTheTitleStays() {
        String text = "2024年政府工作报告\n" + PAGE + "\n2024年政府工作报告\n" + PAGE + "\n2024年政府工作报告\n" + PAGE
                + "\n2024年政府工作报告\n" + PAGE;
        EditableText cleaned = CleaningStage.runAlone(stage, text);
        assertThat(cleaned.text()).isEqualTo("2024年政府工作报告\n" + PAGE + "\n" + PAGE + "\n" + PAGE + "\n" + PAGE);
        assertThat(cleaned.repairs()).hasSize(3).allSatisfy(r -> assertThat(r.kind()).isEqualTo(RunningHeaderRemoval.KIND));
    }

    @Test
    void aPrintedFirstPageCarriesTheHeaderRightAboveTheTitleAndOnlyTheTitleStays() {
        String text = "2026年四川省人民政府工作报告\n2026年四川省人民政府工作报告\n" + PAGE + "\n2026年四川省人民政府工作报告\n"
                + PAGE + "\n2026年四川省人民政府工作报告\n" + PAGE;
        assertThat(CleaningStage.runAlone(stage, text).text())
                .isEqualTo("2026年四川省人民政府工作报告\n" + PAGE + "\n" + PAGE + "\n" + PAGE);
    }

    @Test
    void oneRepeatCloserThanAPageAmongManyPagesKeepsNoHeader() {
        StringBuilder text = new StringBuilder("四川省政府工作报告\n");
        for (int page = 0; page < 12; page++) {
            text.append(PAGE).append("\n四川省政府工作报告\n");
        }
        text.append("打印本页\n四川省政府工作报告\n关闭窗口");
        assertThat(CleaningStage.runAlone(stage, text.toString()).text()).startsWith("四川省政府工作报告\n" + PAGE + "\n" + PAGE)
                .doesNotContain("打印本页\n四川省政府工作报告");
    }

    @Test
    void aHeaderWithItsPageNumberIsOneHeader() {
        String text = PAGE + "\n常州市人民政府 第1页\n" + PAGE + "\n常州市人民政府 第2页\n" + PAGE + "\n常州市人民政府 第3页\n" + PAGE;
        assertThat(CleaningStage.runAlone(stage, text).text()).isEqualTo(PAGE + "\n" + PAGE + "\n" + PAGE + "\n" + PAGE);
    }

    @Test
    void linesRepeatedCloseTogetherAreTableCellsAndStay() {
        String table = "地区生产总值\n增长6%\n一般公共预算收入\n增长6%\n固定资产投资\n增长6%\n社会消费品零售总额\n增长6%\n";
        assertThat(CleaningStage.runAlone(stage, table).text()).isEqualTo(table);
    }

    @Test
    void sentencesAndLinesSeenTwiceStay() {
        String text = "着力推动高质量发展。\n" + PAGE + "\n着力推动高质量发展。\n" + PAGE + "\n着力推动高质量发展。\n" + PAGE
                + "\n专栏一\n" + PAGE + "\n专栏一\n" + PAGE;
        assertThat(CleaningStage.runAlone(stage, text).text()).isEqualTo(text);
    }

    @Test
    void twoHeadersThatInterleaveAreBothRemovedInTextOrder() {
        String text = "封面\n" + PAGE + "\n政府工作报告\n" + PAGE + "\n常州市人民政府\n" + PAGE + "\n政府工作报告\n" + PAGE
                + "\n常州市人民政府\n" + PAGE + "\n政府工作报告\n" + PAGE + "\n常州市人民政府\n" + PAGE;
        String cleaned = CleaningStage.runAlone(stage, text).text();
        assertThat(cleaned).doesNotContain("政府工作报告").doesNotContain("常州市人民政府").startsWith("封面\n" + PAGE);
    }
}
