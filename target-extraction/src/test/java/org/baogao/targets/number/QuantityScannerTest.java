package org.baogao.targets.number;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class QuantityScannerTest {

    private final QuantityScanner scanner = new QuantityScanner();

    private List<Quantity> scan(String s) {
        return scanner.scan(s, 0, s.length());
    }

    private Quantity only(String s) {
        List<Quantity> found = scan(s);
        assertThat(found).as(s).hasSize(1);
        return found.get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "增长6.5%左右|6.5|%",
            "增长6 . 5%|6.5|%",
            "增长百分之三十六点九|36.9|%",
            "一千二百万人|12000000|人",
            "1200万人以上|12000000|人",
            "1.4万亿斤|1400000000000|斤",
            "一点四兆斤|1400000000000|斤",
            "30亿美元以上|3000000000|美元",
            "200,000个|200000|个",
            "1,234,567元|1234567|元",
            "1.5万人|15000|人",
            "4000亿元|400000000000|元",
            "千分之五|5|‰",
            "5‰|5|‰",
            "0.5个百分点|0.5|个百分点",
            "提高1个百分点|1|个百分点",
            "提高两个百分点|2|个百分点",
            "引进高层次人才230名|230|人",
            "新增装机3.7亿千瓦|370000000|千瓦",
            "新增装机500兆瓦|500000|千瓦",
            "完成征收100万平方米|1000000|平方米",
            "3400多万人次|34000000|人次",
            "新建高标准农田4万亩|40000|亩",
            "万人发明专利拥有量达43件|43|件",
            "粮食产量5.31亿吨|531000000|吨",
            "钢材四十八万五千吨|485000|吨",
            "人均8.7万元|87000|元",
            "二百四十多个县|240|个",
    })
    void readsValueAndBaseUnit(String text, double value, String unit) {
        Quantity q = only(text);
        assertThat(q.value()).isCloseTo(value, within(1e-6 * Math.max(1, value)));
        assertThat(q.unit()).isEqualTo(unit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "6%-6.5%|6|6.5|%",
            "6%~6.5%|6|6.5|%",
            "6—6.5%|6|6.5|%",
            "6-6.5%|6|6.5|%",
            "5%到5.5%|5|5.5|%",
            "4.5%至5%|4.5|5|%",
            "百分之四点五至百分之五|4.5|5|%",
            "3000-3500万吨|30000000|35000000|吨",
            "1.2万至1.5万人|12000|15000|人",
    })
    void readsRanges(String text, double min, double max, String unit) {
        Quantity q = only(text);
        assertThat(q.isRange()).isTrue();
        assertThat(q.value()).isNull();
        assertThat(q.min()).isCloseTo(min, within(1e-6 * Math.max(1, min)));
        assertThat(q.max()).isCloseTo(max, within(1e-6 * Math.max(1, max)));
        assertThat(q.unit()).isEqualTo(unit);
    }

    @Test
    void readsTheComparatorWrittenAfter() {
        assertThat(only("增长6%左右").suffix()).isEqualTo("approx");
        assertThat(only("控制在4.5%以内").suffix()).isEqualTo("lte");
        assertThat(only("8%以上").suffix()).isEqualTo("gte");
        assertThat(only("8% 以上").suffix()).isEqualTo("gte");
        assertThat(only("8%").suffix()).isNull();
        assertThat(only("300多家").moreThan()).isTrue();
        assertThat(only("1100多万人").moreThan()).isTrue();
    }

    @Test
    void endIncludesTheComparatorWord() {
        String s = "增长6%左右,";
        Quantity q = only(s);
        assertThat(s.substring(q.start(), q.end())).isEqualTo("6%左右");
        assertThat(s.substring(q.start(), q.unitEnd())).isEqualTo("6%");
    }

    /** Numbers that are not quantities: years, dates, ids, ordinals, codes, set phrases. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "2021年", "2021—2025年", "1月18日", "索引号:014109429/2021-00086", "电话0519-86661234", "第一", "第二届",
            "1.狠抓重大项目突破", "PM2.5", "5G基站", "4A级景区", "按1:4撬动", "“十四五”", "十四五规划", "“十百千”工程",
            "一是", "三个代表", "四个全面", "两项制度", "一家企业", "千万工程", "十九届五中全会", "100周年", "12个月",
            "1 9 9 3 年3 月", "G20峰会", "H7N9", "一九五八年", "两新一智", "三大攻坚战", "百亿市场", "2号线", "10:30",
            "一点一滴", "重点项目", "三点要求", "3000万", "十二届九次全会"})
    void rejectsNonQuantities(String text) {
        assertThat(scan(text)).as(text).isEmpty();
    }

    @Test
    void readsEveryQuantityOfASentenceOnce() {
        List<Quantity> found = scan("生铁八十一万吨,钢材四十八万五千吨,水泥一百零五万吨");
        assertThat(found).extracting(Quantity::value).containsExactly(810000.0, 485000.0, 1050000.0);
    }

    @Test
    void respectsTheSpan() {
        String s = "增长6%,增长7%";
        List<Quantity> found = scanner.scan(s, 5, s.length());
        assertThat(found).extracting(Quantity::value).containsExactly(7.0);
    }
}
