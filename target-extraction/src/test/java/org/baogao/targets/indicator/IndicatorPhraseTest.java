package org.baogao.targets.indicator;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class IndicatorPhraseTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "地区生产总值增长|地区生产总值",
            "新增先进智能工厂|先进智能工厂",
            "在校学生达到|在校学生",
            "新建和美乡村|和美乡村",
            "对共建一带一路国家进出口增长|共建一带一路国家进出口",
            "但是一九五三年工业总产值|工业总产值",
            "力争全年地区生产总值增长|地区生产总值",
            "新增高新技术企业|高新技术企业",
            "城镇新增就业|城镇新增就业",
            "新增城镇就业|新增城镇就业",
            "认定高企|高企",
            "实现规模工业总产值增长|规模工业总产值",
            "全社会研发经费投入占比达|全社会研发经费投入占比",
            "城镇调查失业率平均为|城镇调查失业率",
            "今年赤字率拟按|赤字率",
            "2021年全市一般公共预算收入增长|一般公共预算收入",
            "到2025年常住人口城镇化率提高到|常住人口城镇化率",
            "独角兽(或潜在独角兽)企业达|独角兽企业",
            "“三公”经费压降|三公经费",
            "非化石能源发电量占总发电量的比重接近|非化石能源发电量占总发电量的比重",
            "粮食产量首次跃上|粮食产量",
            "居民消费价格涨幅|居民消费价格涨幅",
            "其中高速铁路超过|高速铁路",
            "去年末居民储蓄存款余额增长|居民储蓄存款余额",
            "地区生产总值,比上年增长|地区生产总值",
            "我国粮食增长|粮食",
            "实际使用外资|实际使用外资",
            "对外贸易进出口总额|对外贸易进出口总额",
            "平板玻璃7600多万重量箱、电解铝|电解铝",
            "经济年均增长保持在|经济增长",
            "确保新建项目开工率|新建项目开工率",
            "基本养老保险参保率提高到|基本养老保险参保率",
            "一般公共预算收入同口径增长|一般公共预算收入",
            "二是取消或停征中央涉企行政事业性收费|取消或停征中央涉企行政事业性收费",
            "城乡居民基本医保财政补助标准提高到人均|城乡居民基本医保财政补助标准",
    })
    void peelsTheNounPhrase(String lead, String indicator) {
        assertThat(IndicatorPhrase.of(lead)).isEqualTo(indicator);
    }

    /** Leads that name nothing: the number must inherit a subject or be dropped. */
    @ParameterizedTest
    @ValueSource(strings = {"比上年增长", "增长", ",实际增长", "比一九七八年增长", "同比增长", "、", "其中", "分别为", "加快推进",
            "我们一定要下力气也完全有能力保障好", "达到", "占比", "左右"})
    void emptyWhenNothingIsNamed(String lead) {
        assertThat(IndicatorPhrase.of(lead)).as(lead).isEmpty();
    }
}
