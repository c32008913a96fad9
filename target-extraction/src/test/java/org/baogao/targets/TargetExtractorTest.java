package org.baogao.targets;

import org.baogao.contracts.Target;
import org.baogao.text.ChineseNormalizer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** End-to-end sentences in the styles of provincial, city and county reports (simplified and traditional). */
class TargetExtractorTest {

    private final TargetExtractor extractor = new TargetExtractor();

    private List<Target> extract(String raw, Integer year) {
        return extractor.extract(ChineseNormalizer.normalize(raw), year, TargetExtractor.SpanFilter.NONE);
    }

    @Test
    void provincialMainTargets() {
        List<Target> ts = extract("今年全省经济社会发展的主要预期目标是：地区生产总值增长6%左右，一般公共预算收入增长5%，"
                + "城镇新增就业55万人以上，城镇调查失业率5.5%左右，居民消费价格涨幅3%左右，粮食产量稳定在650亿斤以上，"
                + "单位地区生产总值能耗下降3%左右。", 2023);
        assertThat(ts).extracting(Target::code, Target::value, Target::unit, Target::comparator).containsExactly(
                tuple("gdp", 6.0, "%", "approx"),
                tuple("general_budget_revenue", 5.0, "%", "eq"),
                tuple("urban_new_jobs", 550000.0, "人", "gte"),
                tuple("unemployment_surveyed", 5.5, "%", "approx"),
                tuple("cpi", 3.0, "%", "approx"),
                tuple("grain_output", 6.5e10, "斤", "gte"),
                tuple("energy_intensity", 3.0, "%", "approx"));
        assertThat(ts).allSatisfy(t -> {
            assertThat(t.kind()).isEqualTo("target");
            assertThat(t.year()).isEqualTo(2023);
        });
    }

    @Test
    void clauseTextAndOffsets() {
        String text = "今年主要预期目标是:地区生产总值增长6%左右,一般公共预算收入增长7%左右。";
        List<Target> ts = extractor.extract(text, 2020, TargetExtractor.SpanFilter.NONE);
        assertThat(ts).hasSize(2);
        for (Target t : ts) {
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
        }
        assertThat(ts.get(0).text()).isEqualTo("地区生产总值增长6%左右");
    }

    @Test
    void traditionalReportsReadAfterNormalization() {
        List<Target> ts = extract("今年經濟社會發展主要預期目標是：地區生產總值增長6.5%左右；實際使用外資30億美元以上；"
                + "認定高企1200家以上；城鎮新增就業9萬人。", 2021);
        assertThat(ts).extracting(Target::code, Target::value, Target::comparator).containsExactly(
                tuple("gdp", 6.5, "approx"),
                tuple("foreign_investment", 3.0e9, "gte"),
                tuple("high_tech_enterprises", 1200.0, "gte"),
                tuple("urban_new_jobs", 90000.0, "eq"));
    }

    @Test
    void traditionalProvincialTargetsWithCircleZeroYears() {
        List<Target> ts = extract("二○二二年全省經濟社會發展的主要預期目標是：全省生產總值增長6.5%左右；城鎮調查失業率控制在5.5%以內；"
                + "糧食產量穩定在620億斤以上。二○二一年，全省生產總值增長8.1%。", 2022);
        assertThat(ts).extracting(Target::code, Target::kind, Target::year, Target::value, Target::comparator).containsExactly(
                tuple("gdp", "target", 2022, 6.5, "approx"),
                tuple("unemployment_surveyed", "target", 2022, 5.5, "lte"),
                tuple("grain_output", "target", 2022, 6.2e10, "gte"),
                tuple("gdp", "achievement", 2021, 8.1, "eq"));
    }

    @Test
    void spelledOutNumbersAndRanges() {
        List<Target> ts = extract("國內生產總值增長百分之四點五至百分之五，城鎮新增就業一千二百萬人以上，糧食產量一點四兆斤左右。", 1995);
        assertThat(ts).extracting(Target::code, Target::value, Target::min, Target::max, Target::comparator).containsExactly(
                tuple("gdp", null, 4.5, 5.0, "range"),
                tuple("urban_new_jobs", 1.2e7, null, null, "gte"),
                tuple("grain_output", 1.4e12, null, null, "approx"));
    }

    @Test
    void rangesInEveryNotation() {
        for (String range : List.of("6%-6.5%", "6%～6.5%", "6%〜6.5%", "6—6.5%", "6——6.5%", "6%到6.5%", "6%至6.5%", "6 . 0%-6 . 5%")) {
            List<Target> ts = extract("地区生产总值增长" + range, 2022);
            assertThat(ts).as(range).extracting(Target::comparator, Target::value, Target::min, Target::max)
                    .containsExactly(tuple("range", null, 6.0, 6.5));
        }
    }

    @Test
    void permilleAndPercentagePoints() {
        assertThat(extract("人口自然增长率控制在千分之五以内", 2020)).extracting(Target::code, Target::value, Target::unit, Target::comparator)
                .containsExactly(tuple("population_growth", 5.0, "‰", "lte"));
        assertThat(extract("常住人口城镇化率提高0.5个百分点", 2020)).extracting(Target::value, Target::unit)
                .containsExactly(tuple(0.5, "个百分点"));
    }

    @Test
    void distributionsAcrossShortAndSharedSubjects() {
        assertThat(extract("城、乡居民人均可支配收入分别增长8%、9%。", 2021)).extracting(Target::code, Target::value)
                .containsExactly(tuple("urban_disposable_income", 8.0), tuple("rural_disposable_income", 9.0));
        assertThat(extract("城镇调查失业率和登记失业率稳定在4.3%左右。", 2021)).extracting(Target::code)
                .containsExactly("unemployment_surveyed", "unemployment_registered");
    }

    @Test
    void reviewThenPlan() {
        String report = "一、2022年工作回顾\n过去一年，全市地区生产总值达到1.2万亿元，比上年增长6.1%；规上工业增加值同比增长8%。\n"
                + "二、2023年工作安排\n今年经济社会发展主要预期目标是：地区生产总值增长6.5%以上。\n"
                + "到2025年，全市地区生产总值突破1.5万亿元。";
        List<Target> ts = extract(report, 2023);
        assertThat(ts).extracting(Target::code, Target::kind, Target::year, Target::value, Target::comparator).containsExactly(
                tuple("gdp", "achievement", 2022, 1.2e12, "eq"),
                tuple("gdp", "achievement", 2022, 6.1, "eq"),
                tuple("industrial_value_added", "achievement", 2022, 8.0, "eq"),
                tuple("gdp", "target", 2023, 6.5, "gte"),
                tuple("gdp", "plan", 2025, 1.5e12, "gte"));
    }

    @Test
    void multiYearGoalsCarryTheirPeriod() {
        List<Target> ts = extract("“十四五”期间，全市研发经费投入年均增长10%以上。2021—2025年城镇新增就业累计50万人。", 2021);
        assertThat(ts).extracting(Target::kind, Target::year, Target::period)
                .containsExactly(tuple("plan", 2025, "2021-2025"), tuple("plan", 2025, "2021-2025"));
    }

    @Test
    void noTargetsFromNumbersThatAreNotStatements() {
        String noise = "信息名称:2021年市政府重点工作 | 索引号:014109429/2021-00086 | 生成日期:2021-01-18 |\n"
                + "联系电话:0519-85682345。\n第十四届全国人民代表大会第三次会议于2025年3月5日开幕。\n"
                + "1.狠抓重大项目突破。实施“十百千”工程，深化“三个一”行动，聚焦“1+3+N”产业体系，建设5G基站，"
                + "PM2.5浓度持续下降，按1:4撬动社会资本，确保“十四五”开好局，庆祝中国共产党成立100周年。";
        assertThat(extract(noise, 2021)).isEmpty();
    }

    @Test
    void listMarkersDoNotStickToTheIndicator() {
        List<Target> ts = extract("1.地区生产总值增长6%左右。\n2、一般公共预算收入增长5%。\n三、城镇新增就业1.2万人。\n①居民消费价格涨幅3%左右。"
                + "\n(二)城镇登记失业率控制在3.5%以内。", 2021);
        assertThat(ts).extracting(Target::code).containsExactly("gdp", "general_budget_revenue", "urban_new_jobs", "cpi",
                "unemployment_registered");
    }

    @Test
    void documentNamesAreNotHorizons() {
        assertThat(extract("今年是“十四五”规划开局之年,地区生产总值增长6%以上。", 2021)).extracting(Target::kind, Target::year)
                .containsExactly(tuple("target", 2021));
    }

    @Test
    void decemberPlenumNewsPlansForNextYear() {
        String news = "全会总结了今年工作,安排明年工作。今年全区地区生产总值增长3.5%。明年工作要全力争先。"
                + "力争明年净增高新技术企业200家、上市企业5家以上。";
        assertThat(extract(news, 2021)).extracting(Target::code, Target::kind, Target::year).containsExactly(
                tuple("gdp", "achievement", 2020),
                tuple("high_tech_enterprises", "target", 2021),
                tuple("listed_companies", "target", 2021));
        assertThat(TargetExtractor.plansForNextYear(news)).isTrue();
        assertThat(TargetExtractor.plansForNextYear("今年主要预期目标是…明年是…")).isFalse();
    }

    @Test
    void codesAndModelNumbersInsideIndicators() {
        List<Target> ts = extract("新建5G基站1万个。PM2.5平均浓度下降到30微克/立方米。拨打12345政务服务便民热线。"
                + "新增国家4A级旅游景区3家。群众满意度达到95%以上。", 2023);
        assertThat(ts).extracting(Target::indicator, Target::value, Target::unit).containsExactly(
                tuple("5G基站", 10000.0, "个"),
                tuple("PM2.5平均浓度", 30.0, "微克/立方米"),
                tuple("国家4A级旅游景区", 3.0, "家"),
                tuple("群众满意度", 95.0, "%"));
    }

    @Test
    void aRestatedTargetIsKeptOnce() {
        List<Target> ts = extract("今年发展主要预期目标是:国内生产总值增长5%左右。\n经济增长预期目标为5%左右,既是稳就业的需要。"
                + "城镇新增就业1200万人以上。", 2025);
        assertThat(ts).extracting(Target::code).containsExactly("gdp", "urban_new_jobs");
        assertThat(ts.get(0).text()).isEqualTo("国内生产总值增长5%左右");
    }

    @Test
    void skippedSpansAreNotRead() {
        String text = "地区生产总值增长6%左右。一般公共预算收入增长7%左右。";
        int second = text.indexOf("一般");
        List<Target> ts = extractor.extract(text, 2020, (s, e) -> s >= second);
        assertThat(ts).extracting(Target::code).containsExactly("gdp");
    }

    @Test
    void emptyAndNullInputs() {
        assertThat(extractor.extract("", 2020, TargetExtractor.SpanFilter.NONE)).isEmpty();
        assertThat(extractor.extract(null, 2020, null)).isEmpty();
        assertThat(extractor.extract("地区生产总值增长6%左右", null, null)).extracting(Target::year).containsExactly((Integer) null);
    }

    @Test
    void amountsComeOutAsWrittenWithoutFloatingPointNoise() {
        List<Target> ts = extract("赤字规模4.06万亿元，拟安排地方政府专项债券3.9万亿元。", 2024);
        assertThat(ts).extracting(Target::value).contains(4.06e12, 3.9e12);
    }
}
