package org.baogao.targets.kind;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportPartsTest {

    @Test
    void workReportSwitchesFromReviewToPlan() {
        String text = "各位代表:\n一、2024年工作回顾\n国内生产总值增长5%。\n二、2025年经济社会发展总体要求和政策取向\n"
                + "今年发展主要预期目标是:国内生产总值增长5%左右。";
        ReportParts parts = ReportParts.of(text, 2025);
        assertThat(parts.at(0).mode()).isEqualTo(ReportPart.Mode.UNKNOWN);
        assertThat(parts.at(text.indexOf("国内生产总值增长5%。")).mode()).isEqualTo(ReportPart.Mode.REVIEW);
        assertThat(parts.at(text.indexOf("今年发展")).mode()).isEqualTo(ReportPart.Mode.PLAN);
    }

    @Test
    void reviewOpeningsSwitchToReview() {
        String text = "今年工作要求如下。\n过去一年,我们完成了主要目标,地区生产总值增长6%。";
        ReportParts parts = ReportParts.of(text, 2021);
        assertThat(parts.at(text.indexOf("地区")).mode()).isEqualTo(ReportPart.Mode.REVIEW);
    }

    @Test
    void sentencesInsideAParagraphSwitchToo() {
        String text = "2011年,是开局之年,做好今年的工作至关重要。过去一年,我们的各项工作取得了很大成绩。国内生产总值增长10.3%。"
                + "今年要着力稳增长。国内生产总值增长8%左右。";
        ReportParts parts = ReportParts.of(text, 2011);
        assertThat(parts.at(text.indexOf("国内生产总值增长10.3%")).mode()).isEqualTo(ReportPart.Mode.REVIEW);
        assertThat(parts.at(text.indexOf("国内生产总值增长8%")).mode()).isEqualTo(ReportPart.Mode.PLAN);
    }

    @Test
    void yearOpeningsSwitchByTheirYear() {
        String text = "2022年,面对多重压力,全县地区生产总值增长6.2%。\n工业增加值增长9%。\n2023年是全面贯彻二十大精神的开局之年。\n地区生产总值增长6.5%。";
        ReportParts parts = ReportParts.of(text, 2023);
        assertThat(parts.at(text.indexOf("工业")).mode()).isEqualTo(ReportPart.Mode.REVIEW);
        assertThat(parts.at(text.lastIndexOf("地区")).mode()).isEqualTo(ReportPart.Mode.PLAN);
    }

    @Test
    void fiveYearPlanHeadingsOpenAMultiYearPart() {
        String text = "一、2020年工作回顾\n成绩很大。\n二、“十三五”时期发展成就和“十四五”时期主要目标任务\n城镇调查失业率控制在5.5%以内。\n"
                + "三、2021年重点工作\n国内生产总值增长6%以上。";
        ReportParts parts = ReportParts.of(text, 2021);
        assertThat(parts.at(text.indexOf("城镇调查"))).isEqualTo(new ReportPart(ReportPart.Mode.MULTIYEAR, 2025));
        assertThat(parts.at(text.indexOf("国内生产总值")).mode()).isEqualTo(ReportPart.Mode.PLAN);
    }

    @Test
    void fiveYearOpeningParagraphOpensMultiYear() {
        String text = "过去五年,成绩显著。\n“十四五”时期是开启新征程的第一个五年。森林覆盖率达到24.1%。";
        assertThat(ReportParts.of(text, 2021).at(text.indexOf("森林"))).isEqualTo(new ReportPart(ReportPart.Mode.MULTIYEAR, 2025));
    }
}
