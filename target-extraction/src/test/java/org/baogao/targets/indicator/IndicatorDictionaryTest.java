package org.baogao.targets.indicator;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class IndicatorDictionaryTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "地区生产总值, gdp", "国内生产总值, gdp", "生产总值, gdp", "全市生产总值, gdp", "GDP, gdp", "经济增长, gdp",
            "全区地区生产总值, gdp", "常州市地区生产总值, gdp", "地区生产总值增速, gdp", "经济增长预期目标, gdp",
            "一般公共预算收入, general_budget_revenue", "地方一般公共预算收入, general_budget_revenue",
            "地方级财政收入, general_budget_revenue", "全县一般公共预算收入, general_budget_revenue",
            "财政总收入, fiscal_revenue_total", "财政收入, fiscal_revenue_total",
            "一般公共预算支出, general_budget_expenditure",
            "固定资产投资, fixed_asset_investment", "全社会固定资产投资, fixed_asset_investment",
            "社会消费品零售总额, retail_sales",
            "规模以上工业增加值, industrial_value_added", "规上工业增加值, industrial_value_added",
            "规模工业增加值, industrial_value_added",
            "规模以上工业总产值, industrial_output", "规模工业总产值, industrial_output",
            "农业总产值, agricultural_output",
            "进出口总额, import_export", "进出口, import_export", "外贸进出口总额, import_export",
            "出口总额, exports", "外贸出口, exports",
            "实际使用外资, foreign_investment", "实际利用外资, foreign_investment", "实际到账外资, foreign_investment",
            "研发经费投入占比, rd_intensity", "全社会研发经费投入占比, rd_intensity", "研发经费投入强度, rd_intensity",
            "研发经费支出相当于生产总值的比例, rd_intensity",
            "城镇新增就业, urban_new_jobs", "新增城镇就业, urban_new_jobs",
            "城镇调查失业率, unemployment_surveyed", "城镇登记失业率, unemployment_registered",
            "居民消费价格涨幅, cpi", "居民消费价格总水平, cpi", "居民消费价格, cpi",
            "居民人均可支配收入, disposable_income", "全体居民人均可支配收入, disposable_income",
            "城镇居民人均可支配收入, urban_disposable_income", "城居民人均可支配收入, urban_disposable_income",
            "农村居民人均可支配收入, rural_disposable_income", "农民人均纯收入, rural_disposable_income",
            "乡居民人均可支配收入, rural_disposable_income",
            "粮食产量, grain_output", "粮食总产量, grain_output",
            "单位国内生产总值能耗, energy_intensity", "单位地区生产总值能耗, energy_intensity", "能耗强度, energy_intensity",
            "赤字率, deficit_ratio", "人口自然增长率, population_growth",
            "高新技术企业, high_tech_enterprises", "高企, high_tech_enterprises", "国家高新技术企业, high_tech_enterprises",
            "上市公司, listed_companies", "上市企业, listed_companies", "新增上市公司, listed_companies",
            "境内外上市企业, listed_companies", "上市, listed_companies",
    })
    void mapsWrittenForms(String phrase, String code) {
        assertThat(IndicatorDictionary.code(phrase)).isEqualTo(code);
    }

    /** Near misses must not take the code they resemble: a wrong code is worse than none. */
    @ParameterizedTest(name = "{0} is not {1}")
    @CsvSource({"数字经济增长, gdp", "对全球经济增长的贡献率, gdp", "消费对经济增长的贡献率, gdp", "第三产业生产总值, gdp",
            "工业增加值, industrial_value_added", "高技术制造业增加值, industrial_value_added", "研发机构, rd_intensity",
            "上市后备企业培育, listed_companies", "瞪羚企业, high_tech_enterprises", "技术合同成交额, retail_sales",
            "城镇化率, urban_new_jobs", "高新技术产业产值, high_tech_enterprises", "森林蓄积量, forest_coverage",
            "人口出生率, population_growth", "电力装机, new_energy_capacity"})
    void doesNotGiveANearMissTheCodeItResembles(String phrase, String code) {
        assertThat(IndicatorDictionary.code(phrase)).as(phrase).isNotEqualTo(code);
    }

    /** Phrases that name no indicator of the lexicon stay unknown. */
    @ParameterizedTest
    @ValueSource(strings = {"对全球经济增长的贡献率", "消费对经济增长的贡献率", "第三产业生产总值", "研发机构", "上市后备企业培育",
            "瞪羚企业", "城镇就业人员"})
    void leavesUnknownPhrasesUnknown(String phrase) {
        assertThat(IndicatorDictionary.code(phrase)).as(phrase).isNull();
    }
}
