package org.baogao.cleaning.layout;

import org.baogao.cleaning.edit.CleaningStage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageFurnitureRemovalTest {
    private final PageFurnitureRemoval stage = new PageFurnitureRemoval();

    private String clean(String text) {
        return CleaningStage.runAlone(stage, text).text();
    }

    @Test
    void removesPageNumbersAndNewspaperPageMarks() {
        assertThat(clean("稳住经济大盘。\n- 3 -\n加快转型升级。\n第 4 页 共 12 页\n完成目标。\n— 5 —\n"))
                .isEqualTo("稳住经济大盘。\n加快转型升级。\n完成目标。\n");
        assertThat(clean("2021年12月31日 星期五 第3版\n区委全会召开。\nA2版:要闻\n会议强调。"))
                .isEqualTo("区委全会召开。\n会议强调。");
    }

    @Test
    void removesNavigationAndPageTools() {
        String text = "首页 > 政务公开 > 政府工作报告\n【字体:大 中 小】 打印本页 关闭窗口\n政府工作报告正文。\n扫一扫在手机打开当前页\n|\n分享到:微信 微博";
        assertThat(clean(text)).isEqualTo("政府工作报告正文。\n");
    }

    @Test
    void keepsASubscriptSplitOntoItsOwnLine() {
        String text = "今年广义货币M\n2\n和社会融资规模增速要与名义经济增速基本匹配。";
        assertThat(clean(text)).isEqualTo(text);
    }

    @Test
    void keepsAYearOrAValueOnItsOwnLine() {
        String text = "主要指标\n2021\n地区生产总值增长\n6.5%\n";
        assertThat(clean(text)).isEqualTo(text);
    }

    @Test
    void keepsSentencesThatMentionCueWords() {
        String text = "推进政务服务“一网通办”，在政府网站首页开设专栏，打印本页等功能全面优化，方便群众办事，群众满意度持续提升。\n全年共接待来访群众3000人次。";
        assertThat(clean(text)).isEqualTo(text);
    }

    @Test
    void keepsTheDateOfARemovedPageLineAsTheIssueDate() {
        var text = new org.baogao.cleaning.edit.EditableText("合肥日报　2023年1月11日　第A01版\n市十七届人大三次会议隆重开幕\n");
        stage.apply(text);
        text.commit();
        assertThat(text.text()).isEqualTo("市十七届人大三次会议隆重开幕\n");
        assertThat(text.header()).containsEntry(PageFurnitureRemoval.ISSUE_DATE_HEADER, "2023年1月11日");
    }
}
