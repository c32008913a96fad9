package org.baogao.targets.kind;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class KindResolverTest {

    private static final ReportPart PLAN = new ReportPart(ReportPart.Mode.PLAN, null);
    private static final ReportPart REVIEW = new ReportPart(ReportPart.Mode.REVIEW, null);
    private final Resolver resolver = new Resolver();

    /** The resolver asked about a sentence alone (no paragraph before it) or with one. */
    private static final class Resolver {
        private final KindResolver kinds = new KindResolver();

        Kind resolve(String sentence, ReportPart part, Integer reportYear) {
            return resolve(sentence, part, reportYear, false);
        }

        Kind resolve(String sentence, ReportPart part, Integer reportYear, boolean plansNextYear) {
            return resolve(sentence, "", part, reportYear, plansNextYear);
        }

        Kind resolve(String sentence, String paragraphBefore, ReportPart part, Integer reportYear, boolean plansNextYear) {
            return kinds.resolve(new KindResolver.Surroundings(sentence, lastClause(sentence), lastClause(sentence),
                    paragraphBefore, part, reportYear, plansNextYear));
        }

        /** The sentence's last clause: what follows its last comma or semicolon. */
        private static String lastClause(String sentence) {
            int cut = Math.max(Math.max(sentence.lastIndexOf(','), sentence.lastIndexOf('，')),
                    Math.max(sentence.lastIndexOf(';'), sentence.lastIndexOf('；')));
            return sentence.substring(cut + 1);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"今年经济社会发展主要预期目标是:地区生产总值增长6%左右", "力争新增高企40家", "城镇新增就业1.5万人",
            "确保新建项目开工率100%", "今年赤字率拟按4%左右安排、比上年提高1个百分点"})
    void planPartStatementsAreTargetsOfTheReportYear(String context) {
        assertThat(resolver.resolve(context, PLAN, 2021)).extracting(Kind::kind, Kind::year, Kind::period).containsExactly("target", 2021, null);
        assertThat(resolver.resolve(context, ReportPart.UNKNOWN, 2021)).extracting(Kind::kind, Kind::year, Kind::period).containsExactly("target", 2021, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"过去一年,地区生产总值增长6.1%", "去年全市实现地区生产总值1000亿元", "预计全年地区生产总值增长6%",
            "地区生产总值比上年增长6.5%", "规上工业增加值同比增长8%"})
    void pastCuesMakeAchievementsOfThePreviousYear(String context) {
        assertThat(resolver.resolve(context, ReportPart.UNKNOWN, 2021)).extracting(Kind::kind, Kind::year, Kind::period).containsExactly("achievement", 2020, null);
    }

    @Test
    void reviewPartDefaultsToAchievement() {
        assertThat(resolver.resolve("城镇新增就业1256万人", REVIEW, 2025)).extracting(Kind::kind, Kind::year, Kind::period).containsExactly("achievement", 2024, null);
        assertThat(resolver.resolve("今年赤字率拟按4%左右", REVIEW, 2025).kind()).isEqualTo("target");
    }

    @Test
    void explicitYearDecides() {
        assertThat(resolver.resolve("2019年全市地区生产总值增长6.8%", PLAN, 2021)).extracting(Kind::kind, Kind::year, Kind::period).containsExactly("achievement", 2019, null);
        assertThat(resolver.resolve("2021年地区生产总值增长6.5%", REVIEW, 2021)).extracting(Kind::kind, Kind::year, Kind::period).containsExactly("target", 2021, null);
        assertThat(resolver.resolve("一九八二年全国工农业总产值达到八千二百九十一亿元", REVIEW, 1983).kind()).isEqualTo("achievement");
    }

    @Test
    void horizonsMakePlans() {
        assertThat(resolver.resolve("到2025年,常住人口城镇化率提高到65%", PLAN, 2021)).extracting(Kind::kind, Kind::year, Kind::period).containsExactly("plan", 2025, null);
        assertThat(resolver.resolve("2021—2025年地区生产总值年均增长6%", PLAN, 2021)).extracting(Kind::kind, Kind::year, Kind::period).containsExactly("plan", 2025, "2021-2025");
        assertThat(resolver.resolve("“十四五”期间,研发投入年均增长7%以上", PLAN, 2021)).extracting(Kind::kind, Kind::year, Kind::period).containsExactly("plan", 2025, "2021-2025");
        assertThat(resolver.resolve("今后五年,城镇新增就业5000万人以上", PLAN, 2023)).extracting(Kind::kind, Kind::year, Kind::period).containsExactly("plan", 2027, "2023-2027");
        assertThat(resolver.resolve("2030年前碳排放达峰", PLAN, 2021)).extracting(Kind::kind, Kind::year, Kind::period).containsExactly("plan", 2030, null);
    }

    @Test
    void multiYearPartMakesPlansUntilItsHorizon() {
        ReportPart fourteenth = new ReportPart(ReportPart.Mode.MULTIYEAR, 2025);
        assertThat(resolver.resolve("城镇调查失业率控制在5.5%以内", fourteenth, 2021)).extracting(Kind::kind, Kind::year, Kind::period).containsExactly("plan", 2025, "2021-2025");
        assertThat(resolver.resolve("研发经费投入年均增长7%以上", fourteenth, 2021).kind()).isEqualTo("plan");
    }

    @Test
    void pastPlanPeriodsAreAchievements() {
        assertThat(resolver.resolve("“十三五”时期国内生产总值年均增长5.7%", REVIEW, 2021))
                .extracting(Kind::kind, Kind::year, Kind::period).containsExactly("achievement", 2020, "2016-2020");
        assertThat(resolver.resolve("过去五年,城镇新增就业6000万人以上", REVIEW, 2018))
                .extracting(Kind::kind, Kind::year, Kind::period).containsExactly("achievement", 2017, "2013-2017");
    }

    @Test
    void aPlanNamedAsADocumentIsNotAHorizon() {
        assertThat(resolver.resolve("今年是“十四五”规划开局之年,地区生产总值增长6%以上", PLAN, 2021))
                .extracting(Kind::kind, Kind::year, Kind::period).containsExactly("target", 2021, null);
        assertThat(resolver.resolve("“七五”期间,国民收入年均增长7.5%", PLAN, 1986)).extracting(Kind::kind, Kind::year, Kind::period).containsExactly("plan", 1990, "1986-1990");
    }

    @Test
    void aPlanNamedInAReviewDoesNotMakeAPlan() {
        assertThat(resolver.resolve("支持“十四五”规划重大项目,分两期投放政策性开发性金融工具7400亿元", REVIEW, 2023))
                .extracting(Kind::kind, Kind::year, Kind::period).containsExactly("achievement", 2022, null);
    }

    @Test
    void inANextYearFrameThisYearIsTheReviewedYear() {
        assertThat(resolver.resolve("今年全区地区生产总值增长3.5%", ReportPart.UNKNOWN, 2021, true))
                .extracting(Kind::kind, Kind::year, Kind::period).containsExactly("achievement", 2020, null);
        assertThat(resolver.resolve("力争明年净增高新技术企业200家", ReportPart.UNKNOWN, 2021, true))
                .extracting(Kind::kind, Kind::year, Kind::period).containsExactly("target", 2021, null);
    }

    @Test
    void averageAnnualGoalsTakeTheHorizonOfTheirParagraph() {
        assertThat(resolver.resolve("地区生产总值年均增长6%左右", "到2025年,综合实力显著提升。", PLAN, 2021, false))
                .extracting(Kind::kind, Kind::year, Kind::period).containsExactly("plan", 2025, null);
        assertThat(resolver.resolve("地区生产总值年均增长6%左右", "", PLAN, 2021, false)).extracting(Kind::kind, Kind::year, Kind::period).containsExactly("plan", null, null);
        assertThat(resolver.resolve("过去五年地区生产总值年均增长7%", "", REVIEW, 2021, false).kind()).isEqualTo("achievement");
    }

    @Test
    void unknownReportYearKeepsYearsOpen() {
        assertThat(resolver.resolve("地区生产总值增长6%左右", ReportPart.UNKNOWN, null)).extracting(Kind::kind, Kind::year, Kind::period).containsExactly("target", null, null);
        assertThat(resolver.resolve("2022年地区生产总值增长6%左右", ReportPart.UNKNOWN, null)).extracting(Kind::kind, Kind::year, Kind::period).containsExactly("target", 2022, null);
    }

    @Test
    void aYearInAnAsideSaysNothingAboutTheStatement() {
        assertThat(resolver.resolve("一般公共预算收入增长7%(扣除2022年留抵退税因素后);城镇居民人均可支配收入增长6.5%", PLAN, 2023))
                .extracting(Kind::kind, Kind::year).containsExactly("target", 2023);
    }

    @Test
    void runningTotalsToADateAndStreaksAreResults() {
        assertThat(resolver.resolve("截至2月25日累计接待游客8600万人次", ReportPart.UNKNOWN, 2024).kind()).isEqualTo("achievement");
        assertThat(resolver.resolve("粮食产量连续第三年稳定在650亿斤以上", ReportPart.UNKNOWN, 2024).kind()).isEqualTo("achievement");
        assertThat(resolver.resolve("预计一季度全市地区生产总值增长7%左右", ReportPart.UNKNOWN, 2024).kind()).isEqualTo("achievement");
    }

    @Test
    void theBasisSaysWhichEvidenceDecided() {
        assertThat(resolver.resolve("地区生产总值比上年增长6.5%", ReportPart.UNKNOWN, 2021).basis()).isEqualTo("cue:比上年");
        assertThat(resolver.resolve("城镇新增就业1256万人", REVIEW, 2025).basis()).isEqualTo("part:review");
        assertThat(resolver.resolve("到2030年,森林覆盖率达到45%", PLAN, 2026).basis()).isEqualTo("horizon:2030");
        assertThat(resolver.resolve("2024年全市地区生产总值增长5%", PLAN, 2025).basis()).isEqualTo("year:2024");
    }
}
