package org.baogao.cleaning.layout;

import org.baogao.cleaning.edit.CleaningStage;
import org.baogao.cleaning.edit.EditableText;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BlankLinesTest {

    @Test
    void onePargraphPerLineWithoutIndentation() {
        EditableText t = CleaningStage.runAlone(new BlankLines(), "\n\n  各位代表：\n\n\n  现在，我代表市人民政府作报告。  \n\n  一、过去一年工作回顾\n\n");
        assertThat(t.text()).isEqualTo("各位代表：\n现在，我代表市人民政府作报告。\n一、过去一年工作回顾");
        assertThat(t.repairs()).isEmpty();
        assertThat(t.rawText().charAt(t.rawOffset(0))).isEqualTo('各');
    }

    @Test
    void keepsSpacesInsideALine() {
        String text = "做好岁末工作 冲刺年度目标\n正文。";
        assertThat(CleaningStage.runAlone(new BlankLines(), text).text()).isEqualTo(text);
    }
}
