package org.baogao.targets;

import org.baogao.contracts.Target;
import org.baogao.text.ChineseNormalizer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * One test per cause of wrong or missing targets seen on city, county and district reports and on news summaries of
 * reports (simplified and traditional). The sentences are written for these tests in the style of those genres.
 */
class GenreCausesTest {

    private final TargetExtractor extractor = new TargetExtractor();

    private List<Target> targets(String raw, Integer year) {
        return extractor.extract(ChineseNormalizer.normalize(raw), year, TargetExtractor.SpanFilter.NONE).stream()
                .filter(t -> t.kind().equals(Target.TARGET)).toList();
    }

    @Test
    void attendanceAndSessionLengthAreNotCommitments() {
        String news = "1月9日上午，某某市第十六届人民代表大会第四次会议开幕。大会应到代表412名，实到代表389名，符合法定人数。会期3天半。\n"
                + "报告提出，今年全市地区生产总值增长6%左右。";
        assertThat(targets(news, 2024)).extracting(Target::code, Target::value).containsExactly(tuple("gdp", 6.0));
    }

    @Test
    void aNewsItemsReviewParagraphIsLastYear() {
        String news = "报告总结了2023年工作：全市地区生产总值达到2210亿元，增长6.1%。全年新增市场主体3.2万户，城镇新增就业4.1万人。\n"
                + "报告提出，2024年全市主要预期目标是：地区生产总值增长6%左右，城镇新增就业4万人以上。";
        assertThat(targets(news, 2024)).extracting(Target::code, Target::value)
                .containsExactly(tuple("gdp", 6.0), tuple("urban_new_jobs", 40000.0));
    }

    @Test
    void aYearInsideBracketsDoesNotTurnTheListIntoResults() {
        String list = "今年主要预期目标是：一般公共预算收入增长6%（扣除2023年一次性收入因素后）；城镇居民人均可支配收入增长6%；"
                + "居民消费价格涨幅3%左右。";
        assertThat(targets(list, 2024)).extracting(Target::code).containsExactly("general_budget_revenue",
                "urban_disposable_income", "cpi");
    }

    @Test
    void listGlyphsAreNotPartOfTheIndicator() {
        String list = "今年的主要预期目标是：\n◆地区生产总值增长7%左右\n■城镇登记失业率控制在4%以内\n●单位生产总值能耗下降3%";
        assertThat(targets(list, 2012)).extracting(Target::code, Target::indicator).containsExactly(
                tuple("gdp", "地区生产总值"), tuple("unemployment_registered", "城镇登记失业率"),
                tuple("energy_intensity", "单位生产总值能耗"));
    }

    @Test
    void countsOfTasksAndEnumerationsAreNotTargets() {
        String plan = "今年重点抓好八个方面工作。继续办好十件民生实事。推进湖州、嘉兴2个城市试点。做强新材料等3个省级产业集群。"
                + "新建、改扩建中小学15所。";
        assertThat(targets(plan, 2025)).extracting(Target::value).containsExactly(15.0);
    }

    @Test
    void distributionsAndSharedHeads() {
        String text = "今年肉、奶、禽蛋产量分别增长5%、8%、3%；城乡居民人均可支配收入均增长7%左右；"
                + "国家级产业园、产业强镇各1个。";
        assertThat(targets(text, 2025)).extracting(Target::code, Target::indicator, Target::value).containsExactly(
                tuple("meat_output", "肉产量", 5.0), tuple("milk_output", "奶产量", 8.0), tuple("egg_output", "禽蛋产量", 3.0),
                tuple("urban_disposable_income", "城镇居民人均可支配收入", 7.0),
                tuple("rural_disposable_income", "农村居民人均可支配收入", 7.0),
                tuple(null, "国家级产业园", 1.0), tuple(null, "产业强镇", 1.0));
    }

    @Test
    void aClauseWithoutItsOwnSubjectContinuesTheSentence() {
        String text = "今年新增高新技术企业300家，总数突破2100家；外贸进出口保持稳定增长，增速5%左右；确保新开工项目200个，力争250个。";
        assertThat(targets(text, 2025)).extracting(Target::code, Target::value).containsExactly(
                tuple("high_tech_enterprises", 300.0), tuple("high_tech_enterprises", 2100.0),
                tuple("import_export", 5.0), tuple(null, 200.0), tuple(null, 250.0));
    }

    @Test
    void traditionalMediaWordingIsRead() {
        String news = "中國大陸今年經濟成長目標為5%左右，城鎮新增就業1200萬人以上，居民消費價格漲幅3%左右。"
                + "北京今年經濟增長目標訂在5.5%左右。";
        assertThat(targets(news, 2024)).extracting(Target::code, Target::value).containsExactly(
                tuple("gdp", 5.0), tuple("urban_new_jobs", 12_000_000.0), tuple("cpi", 3.0), tuple("gdp", 5.5));
    }

    @Test
    void runningTotalsAndFirstQuarterEstimatesAreResults() {
        String news = "截至2月25日，全市累计接待游客8600万人次。预计一季度全市地区生产总值增长7%左右。"
                + "报告提出，今年全市地区生产总值增长6%左右。";
        assertThat(targets(news, 2024)).extracting(Target::code, Target::value).containsExactly(tuple("gdp", 6.0));
    }

    @Test
    void factsOfHavingAndGuessesAreNotCommitments() {
        String text = "我市有常住人口320万人。目前还有几十万人居住在老旧小区。今年要为8万困难群众提供临时救助。";
        assertThat(targets(text, 2025)).extracting(Target::value, Target::unit).containsExactly(tuple(80_000.0, "人"));
    }

    @Test
    void everydayCommitmentsInTheirOwnUnits() {
        String text = "今年新增算力2万P，盘活闲置农房1万宗，开行中欧班列1200列以上，集装箱吞吐量达到300万标箱，"
                + "开展食品抽检2万批次，实施免费白内障手术3000例，义务植树1000万株。";
        assertThat(targets(text, 2025)).extracting(Target::value, Target::unit).containsExactly(
                tuple(20_000.0, "P"), tuple(10_000.0, "宗"), tuple(1200.0, "列"), tuple(3_000_000.0, "标准箱"),
                tuple(20_000.0, "批次"), tuple(3000.0, "例"), tuple(10_000_000.0, "株"));
    }

    @Test
    void decreasesKeepTheirValueAndSayTheirDirection() {
        String text = "今年单位地区生产总值能耗下降3%，地区生产总值增长5.5%左右，城镇调查失业率5.5%左右。";
        assertThat(targets(text, 2025)).extracting(Target::code, Target::value, Target::direction).containsExactly(
                tuple("energy_intensity", 3.0, Target.DECREASE), tuple("gdp", 5.5, Target.INCREASE),
                tuple("unemployment_surveyed", 5.5, null));
    }
}
