package org.baogao.analysis.period;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class PlanYearResolverTest {
    private final PlanYearResolver resolver = new PlanYearResolver();

    @Test
    void januaryWorkReportPlansTheYearItIsWrittenIn() {
        String text = "过去一年，全市经济平稳运行。今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右。今年要重点抓好以下工作。";
        assertThat(resolver.resolve(text, null, LocalDate.of(2023, 1, 12), null)).isEqualTo(2023);
    }

    @Test
    void decemberPlenumPlansNextYear() {
        String text = "12月28日，县委十五届五次全会召开。会议强调，明年工作要突出抓好项目建设，明年要确保经济运行在合理区间。今年以来，全县经济稳中向好。";
        assertThat(resolver.resolve(text, null, LocalDate.of(2022, 12, 29), null)).isEqualTo(2023);
    }

    @Test
    void explicitPlanYearInTheTextWins() {
        String text = "与会同志围绕工作报告部署的2022年工作目标任务展开讨论，一致认为一年来各项工作成效明显。";
        assertThat(resolver.resolve(text, null, null, null)).isEqualTo(2022);
    }

    @Test
    void reviewedYearDoesNotCountAsPlanned() {
        String text = "2020年经济社会发展主要目标任务圆满完成。2021年工作的总体要求是：坚持稳中求进。2021年主要预期目标是增长6%以上。";
        assertThat(resolver.resolve(text, null, null, null)).isEqualTo(2021);
    }

    @Test
    void yearEndingLookBackPointsToNextYear() {
        String text = "即将过去的2020年极不平凡。面对疫情冲击，全区上下团结奋斗，为“十三五”画上圆满句号。";
        assertThat(resolver.resolve(text, null, null, null)).isEqualTo(2021);
    }

    @Test
    void anniversariesAndFiveYearPlanMilestonesDateTheText() {
        assertThat(resolver.resolve("明年是中华人民共和国成立75周年，要重点抓好八个方面工作。", null, null, null))
                .isEqualTo(2024);
        assertThat(resolver.resolve("今年是“十四五”开局之年，也是中国共产党成立100周年。", null, null, null))
                .isEqualTo(2021);
        assertThat(resolver.resolve("确保高水平全面建成小康社会和“十三五”规划圆满收官。", null, null, null))
                .isEqualTo(2020);
    }

    @Test
    void titleYearOutweighsBodyMentions() {
        String text = "2019年全区实现地区生产总值增长7%。2019年工作回顾。今年要重点抓好以下工作。";
        assertThat(resolver.resolve(text, "2020年区政府工作报告", null, null)).isEqualTo(2020);
    }

    @Test
    void chineseNumeralYearsAreRead() {
        assertThat(PlanYearResolver.arabicYears("一九八四年计划")).isEqualTo("1984年计划");
        assertThat(resolver.resolve("二〇二二年工作的总体要求是稳中求进。", null, null, null)).isEqualTo(2022);
    }

    @Test
    void undatedReportReviewingLastYearPlansTheYearAfterTheOneItReportsOn() {
        String text = "过去一年，我国经济总体回升。2012年国内生产总值达到51.9万亿元，2012年城镇新增就业1266万人。今年要着力稳增长。";
        assertThat(resolver.resolve(text, null, null, null)).isEqualTo(2013);
    }

    @Test
    void operatorHintWinsAndNoEvidenceMeansNoYear() {
        assertThat(resolver.resolve("今年要重点抓好以下工作。", null, null, 2019)).isEqualTo(2019);
        assertThat(resolver.resolve("要重点抓好以下工作。", null, null, null)).isNull();
    }

    @Test
    void partyCongressesDateTheText() {
        assertThat(resolver.resolve("全会强调，明年是全面贯彻落实党的二十大精神的开局之年，全省上下要稳中求进。", null, null, null))
                .isEqualTo(2023);
        assertThat(resolver.resolve("以优异成绩迎接党的二十大胜利召开。", null, null, null)).isEqualTo(2022);
        assertThat(resolver.resolve("以优异成绩迎接党的百年华诞！", null, null, null)).isEqualTo(2021);
        assertThat(resolver.resolve("党的十九大胜利召开以来，各项事业取得新进展。", null, null, null)).isNull();
    }

    @Test
    void whatTheYearIsToBeNamesThePlanYear() {
        String text = "过去五年，国民经济持续快速发展。到2010年，人均国内生产总值比2000年翻一番。"
                + "2006年是实施“十一五”规划的第一年，改革发展稳定的任务十分繁重。2006年国民经济和社会发展的主要预期目标是：国内生产总值增长8%左右。";
        assertThat(resolver.resolve(text, null, null, null)).isEqualTo(2006);
    }

    @Test
    void aYearThatWasPointsToTheYearAfter() {
        String text = "2008年是极不平凡的一年。我们战胜了罕见的自然灾害。今年的工作任务十分繁重。";
        assertThat(resolver.resolve(text, null, null, null)).isEqualTo(2009);
    }

    @Test
    void aHorizonYearIsNotThePlanYear() {
        String text = "到2025年经济社会发展主要目标是：地区生产总值年均增长6%。2021年是“十四五”开局之年，今年要开好局、起好步。";
        assertThat(resolver.resolve(text, null, null, null)).isEqualTo(2021);
    }

    @Test
    void whatAReviewedYearWasDoesNotMakeItThePlanYear() {
        String text = "一、1991年国内工作的回顾\n1991年是我国执行“八五”计划和十年规划的第一年，国民经济全面发展。"
                + "今年的主要任务是继续深化改革。";
        assertThat(resolver.resolve(text, null, null, null)).isEqualTo(1992);
    }

    @Test
    void anUndatedNewsItemPlansTheYearAfterTheOneItReportsResultsFor() {
        String text = "会议应出席代表531名。报告介绍，2023年全市地区生产总值达到5576.3亿元，增长5.6%。"
                + "报告提出，今年全市经济社会发展的主要预期目标是：地区生产总值增长6%左右。";
        assertThat(resolver.resolve(text, null, null, null)).isEqualTo(2024);
    }

    @Test
    void aPlaceNameBetweenTheYearAndItsTargetsStillNamesThePlanYear() {
        String text = "报告显示，2024年山西全省地区生产总值比上年增长2.3%。"
                + "报告提出，2025年山西经济社会发展主要预期目标为：地区生产总值增长5%左右。今年是“十四五”规划收官之年。";
        assertThat(resolver.resolve(text, null, null, null)).isEqualTo(2025);
    }

    @Test
    void aYearInAPlanSentenceIsNotAReportedYear() {
        String text = "报告提出，2025年要实现地区生产总值增长5%左右。今年将新建5G基站2000个。";
        assertThat(resolver.resolve(text, null, null, null)).isNotEqualTo(2026);
    }
}
