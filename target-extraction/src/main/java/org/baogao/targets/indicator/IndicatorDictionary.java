package org.baogao.targets.indicator;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Written forms of the core indicators (spec README table plus the variants reports actually use)
 * and their codes. A phrase matches a form exactly, or ends with a form and what precedes it is only
 * a scope word (全市, 常州市, 全社会, 境内外, 新增 ...), or does so after dropping a rate word
 * (增速, 增幅, 预期目标). Anything else keeps code null: a near miss such as 数字经济增长 or
 * 对全球经济增长的贡献率 must not become {@code gdp}.
 */
public final class IndicatorDictionary {

    /** A dictionary hit: the code and the phrase as matched (scope words removed). */
    public record Match(String code, String form) {
    }

    private static final Map<String, String> FORMS = new HashMap<>();

    /** Scope words that may precede a form without changing what it measures. */
    private static final Pattern SCOPE = Pattern.compile(
            "^(?:(?:全|我|本)(?:省|市|区|县|镇|州|国|旗|盟|乡)|[\\u4e00-\\u9fa5]{1,6}(?:省|市|区|县|州|旗|盟|镇|乡|街道)"
                    + "|全社会|全口径|地方|全年|当年|年度|新增|累计|境内外|境内|境外|国内外|A股|主板|科创板|国家级|国家|省级|市级"
                    + "|全体|常住|实际|名义|全部|本级|主要)+$");

    /** Rate and goal words after a form: 地区生产总值增速, 经济增长预期目标. */
    private static final String[] TRAILERS = {"年均增速", "年均增长", "预期增长目标", "增长预期目标", "预期目标", "增长目标", "预期",
            "目标", "增长率", "增速", "增幅", "增长", "总量", "总额", "数量", "数"};

    static {
        forms("gdp", "地区生产总值", "国内生产总值", "生产总值", "全市生产总值", "GDP", "经济增长", "经济增速",
                "地区生产总值GDP", "经济总量");
        forms("general_budget_revenue", "一般公共预算收入", "地方一般公共预算收入", "地方级财政收入", "一般预算收入",
                "地方一般预算收入", "公共财政预算收入", "地方公共财政预算收入", "公共预算收入", "一般公共预算收入本级",
                "一般公共预算本级收入");
        forms("fiscal_revenue_total", "财政总收入", "财政收入", "全口径财政收入");
        forms("general_budget_expenditure", "一般公共预算支出", "一般预算支出", "公共财政预算支出", "地方一般公共预算支出",
                "一般公共预算支出规模");
        forms("fixed_asset_investment", "固定资产投资", "全社会固定资产投资", "固定资产投资总额", "固投");
        forms("retail_sales", "社会消费品零售总额", "社会消费品零售额", "社零总额");
        forms("industrial_value_added", "规模以上工业增加值", "规上工业增加值", "规模工业增加值");
        forms("industrial_output", "规模以上工业总产值", "规模工业总产值", "规上工业总产值", "规模以上工业产值",
                "规上工业产值", "规模工业产值");
        forms("agricultural_output", "农业总产值", "农林牧渔业总产值");
        forms("import_export", "进出口总额", "进出口", "外贸进出口", "外贸进出口总额", "货物进出口", "货物进出口总额",
                "对外贸易进出口总额", "货物贸易进出口");
        forms("exports", "出口总额", "外贸出口", "出口", "出口额", "货物出口", "外贸出口总额");
        forms("foreign_investment", "实际使用外资", "实际利用外资", "实际到账外资", "实际使用外资金额", "实际利用外资金额",
                "到账外资", "实际外资", "实际使用外商直接投资", "利用外资", "实际利用外资额", "实际使用外资额");
        forms("rd_intensity", "研发经费投入占比", "研发经费投入强度", "研发经费支出相当于生产总值的比例", "研发投入强度",
                "研发投入占比", "研发经费支出占地区生产总值比重", "研发经费支出占地区生产总值的比重", "研发经费占地区生产总值比重",
                "研究与试验发展经费投入强度", "研究与试验发展经费支出占地区生产总值比重", "研究与试验发展经费支出占国内生产总值比重",
                "研发经费支出占国内生产总值比重", "研发经费支出相当于地区生产总值的比例", "研发经费支出相当于国内生产总值的比例",
                "研究与试验发展经费支出相当于国内生产总值的比例", "研究与试验发展经费支出与国内生产总值之比",
                "R&D经费投入强度", "R&D经费支出占GDP比重", "R&D投入强度", "研发经费支出占GDP比重", "研发投入占GDP比重",
                "研发经费投入占地区生产总值比重", "研发经费投入占GDP比重");
        forms("urban_new_jobs", "城镇新增就业", "新增城镇就业", "城镇新增就业人数", "城镇新增就业岗位", "城镇就业新增");
        forms("unemployment_surveyed", "城镇调查失业率", "调查失业率", "城镇调查失业率平均");
        forms("unemployment_registered", "城镇登记失业率", "登记失业率");
        forms("cpi", "居民消费价格涨幅", "居民消费价格总水平", "居民消费价格", "居民消费价格指数", "居民消费价格总水平涨幅",
                "居民消费价格指数涨幅", "CPI", "CPI涨幅");
        forms("disposable_income", "居民人均可支配收入", "人均可支配收入", "全体居民人均可支配收入", "居民可支配收入");
        forms("urban_disposable_income", "城镇居民人均可支配收入", "城镇常住居民人均可支配收入", "城市居民人均可支配收入",
                "城居民人均可支配收入", "城镇居民可支配收入", "城镇人均可支配收入", "城镇居民收入");
        forms("rural_disposable_income", "农村居民人均可支配收入", "农民人均纯收入", "农村常住居民人均可支配收入",
                "农村居民人均纯收入", "乡居民人均可支配收入", "农民人均可支配收入", "农村居民可支配收入", "农村人均可支配收入",
                "农村居民收入");
        forms("grain_output", "粮食产量", "粮食总产量", "粮食总产", "粮食生产");
        forms("energy_intensity", "单位国内生产总值能耗", "单位地区生产总值能耗", "能耗强度", "单位GDP能耗", "单位生产总值能耗",
                "万元地区生产总值能耗", "万元GDP能耗", "单位国内生产总值能源消耗", "单位地区生产总值能源消耗");
        forms("deficit_ratio", "赤字率", "财政赤字率");
        forms("population_growth", "人口自然增长率");
        forms("high_tech_enterprises", "高新技术企业", "高企", "高新技术企业总数");
        forms("listed_companies", "上市公司", "上市企业", "境内外上市企业", "境内外上市公司", "新增上市公司", "新增上市企业",
                "上市", "首发上市企业", "上市挂牌企业");
    }

    private static void forms(String code, String... written) {
        for (String w : written) {
            String previous = FORMS.put(w, code);
            if (previous != null) {
                throw new IllegalStateException("form " + w + " listed for " + previous + " and " + code);
            }
        }
    }

    /** The code for a normalized phrase (no spaces), or null. */
    public static Match lookup(String phrase) {
        if (phrase == null || phrase.isEmpty()) {
            return null;
        }
        Match m = lookupScoped(phrase);
        if (m != null) {
            return m;
        }
        for (String t : TRAILERS) {
            if (phrase.length() > t.length() && phrase.endsWith(t)) {
                m = lookupScoped(phrase.substring(0, phrase.length() - t.length()));
                if (m != null) {
                    return m;
                }
            }
        }
        return null;
    }

    /** True if the phrase is exactly one of the written forms (no scope words, no trailers). */
    public static boolean isForm(String phrase) {
        return FORMS.containsKey(phrase);
    }

    public static String code(String phrase) {
        Match m = lookup(phrase);
        return m == null ? null : m.code();
    }

    private static Match lookupScoped(String phrase) {
        String exact = FORMS.get(phrase);
        if (exact != null) {
            return new Match(exact, phrase);
        }
        // longest form that ends the phrase, behind nothing but scope words; one map probe per suffix
        for (int cut = 1; cut < phrase.length(); cut++) {
            String form = phrase.substring(cut);
            String code = FORMS.get(form);
            if (code != null && SCOPE.matcher(phrase.substring(0, cut)).matches()) {
                return new Match(code, form);
            }
        }
        return null;
    }

    private IndicatorDictionary() {
    }
}
