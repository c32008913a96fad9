package org.baogao.targets.unit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class UnitLexiconTest {

    @ParameterizedTest
    @CsvSource({
            "元, 元, 1", "美元, 美元, 1", "个百分点, 个百分点, 1", "百分点, 个百分点, 1", "名, 人, 1", "人次, 人次, 1",
            "千米, 公里, 1", "兆瓦, 千瓦, 1000", "千克, 公斤, 1", "平方米, 平方米, 1", "平方公里, 平方公里, 1", "家, 家, 1",
            "吨标准煤, 吨标准煤, 1", "港币, 港元, 1",
    })
    void normalizesToBaseUnits(String written, String base, double factor) {
        UnitLexicon.UnitMatch m = UnitLexicon.unitAt(written + "以上", 0);
        assertThat(m).isNotNull();
        assertThat(m.written()).isEqualTo(written);
        assertThat(m.base()).isEqualTo(base);
        assertThat(m.factor()).isEqualTo(factor);
    }

    @ParameterizedTest
    @ValueSource(strings = {"年", "月", "日", "届", "次", "号", "个月", "个小时", "周年"})
    void timeAndOrdinalWordsAreNotUnits(String written) {
        assertThat(UnitLexicon.unitAt(written, 0)).as(written).isNull();
    }

    @ParameterizedTest
    @CsvSource({"万人, 10000, 1", "亿元, 100000000, 1", "万亿斤, 1000000000000, 2", "兆斤, 1000000000000, 1",
            "千家, 1000, 1", "百人, 100, 1"})
    void readsMultipliers(String written, double value, int length) {
        double[] m = UnitLexicon.multiplierAt(written, 0);
        assertThat(m).containsExactly(value, length);
    }

    @ParameterizedTest
    @ValueSource(strings = {"兆瓦", "千瓦", "千米", "千克", "百分点"})
    void unitPrefixesAreNotMultipliers(String written) {
        assertThat(UnitLexicon.multiplierAt(written, 0)).as(written).isNull();
    }
}
