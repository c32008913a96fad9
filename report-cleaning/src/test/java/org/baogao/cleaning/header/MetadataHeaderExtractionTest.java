package org.baogao.cleaning.header;

import org.baogao.cleaning.edit.CleaningStage;
import org.baogao.cleaning.edit.EditableText;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class MetadataHeaderExtractionTest {
    private final MetadataHeaderExtraction stage = new MetadataHeaderExtraction();

    @Test
    void readsAPortalHeaderTableWithSeparators() {
        String text = """
                信息名称:2023年政府工作报告 |
                索 引 号:000014348/2023-00012 |
                |
                发布机构:某某省人民政府办公厅 |
                成文日期:2023-01-16 |
                公开日期:2023-01-18 |
                各位代表：现在，我代表省人民政府向大会报告工作。
                """;
        EditableText t = CleaningStage.runAlone(stage, text);
        assertThat(t.header()).contains(entry("信息名称", "2023年政府工作报告"), entry("索引号", "000014348/2023-00012"),
                entry("发布机构", "某某省人民政府办公厅"), entry("成文日期", "2023-01-16"), entry("公开日期", "2023-01-18"));
        assertThat(t.text()).isEqualTo("""
                信息名称:2023年政府工作报告
                索引号:000014348/2023-00012
                发布机构:某某省人民政府办公厅
                成文日期:2023-01-16
                公开日期:2023-01-18
                各位代表：现在，我代表省人民政府向大会报告工作。
                """);
    }

    @Test
    void readsSeveralFieldsOnOneLine() {
        EditableText t = CleaningStage.runAlone(stage, "来源：市政府办公室 发布时间：2022-02-10 09:30 浏览次数：1024\n正文。");
        assertThat(t.header()).contains(entry("来源", "市政府办公室"), entry("发布时间", "2022-02-10 09:30"), entry("浏览次数", "1024"));
    }

    @Test
    void ignoresSentencesWithColons() {
        String text = "今年经济社会发展的主要预期目标是：地区生产总值增长6%左右。\n";
        EditableText t = CleaningStage.runAlone(stage, text);
        assertThat(t.header()).isEmpty();
        assertThat(t.text()).isEqualTo(text);
    }
}
