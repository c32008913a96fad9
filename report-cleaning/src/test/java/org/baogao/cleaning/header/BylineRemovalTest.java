package org.baogao.cleaning.header;

import org.baogao.cleaning.edit.CleaningStage;
import org.baogao.cleaning.edit.EditableText;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class BylineRemovalTest {
    private final BylineRemoval stage = new BylineRemoval();

    @Test
    void removesADatelineWithReporters() {
        EditableText t = CleaningStage.runAlone(stage, "本报讯(记者 王晓明 李红)昨天，市委全会召开，市长张建国作报告。");
        assertThat(t.text()).isEqualTo("昨天，市委全会召开，市长张建国作报告。");
        assertThat(t.header()).contains(entry("记者", "王晓明 李红"));
    }

    @Test
    void removesABylineLine() {
        EditableText t = CleaningStage.runAlone(stage, "明年工作在五个方面争先奋进\n□ 记者 徐晓东\n区委全会强调。");
        assertThat(t.text()).isEqualTo("明年工作在五个方面争先奋进\n区委全会强调。");
    }

    @Test
    void takesEditorNotesIntoTheHeader() {
        EditableText t = CleaningStage.runAlone(stage, "确保各项目标任务圆满完成。\n（责任编辑：陈晓红）\n");
        assertThat(t.text()).isEqualTo("确保各项目标任务圆满完成。\n");
        assertThat(t.header()).contains(entry("责任编辑", "陈晓红"));
    }

    @Test
    void keepsSentencesAboutReporters() {
        String text = "市委书记接受记者采访时表示，要加快建设现代化产业体系。";
        assertThat(CleaningStage.runAlone(stage, text).text()).isEqualTo(text);
    }
}
