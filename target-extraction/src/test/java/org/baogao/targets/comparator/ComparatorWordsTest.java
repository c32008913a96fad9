package org.baogao.targets.comparator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ComparatorWordsTest {

    @ParameterizedTest
    @CsvSource({
            "左右, approx", "上下, approx", "以上, gte", "之上, gte", "以内, lte", "之内, lte", "以下, lte",
    })
    void readsWordsAfterTheNumber(String word, String comparator) {
        ComparatorWords.Suffix s = ComparatorWords.suffixAt(word + ",", 0, word.length() + 1);
        assertThat(s.comparator()).isEqualTo(comparator);
        assertThat(s.length()).isEqualTo(word.length());
    }

    @ParameterizedTest
    @CsvSource({
            "单位GDP能耗降幅超过, gte", "力争税收突破, gte", "研发投入强度不低于, gte", "至少, gte", "总投资超, gte",
            "城镇登记失业率控制在, lte", "不超过, lte", "低于, lte", "不到, lte", "不高于, lte",
            "减少约, approx", "接近, approx", "将近, approx", "近, approx", "年内至少降低, gte", "力争不低于, gte", "超过, gte",
    })
    void readsWordsBeforeTheNumber(String lead, String comparator) {
        assertThat(ComparatorWords.fromLead(lead)).isEqualTo(comparator);
    }

    @Test
    void longerWordWins() {
        assertThat(ComparatorWords.fromLead("不低于")).isEqualTo("gte");
        assertThat(ComparatorWords.fromLead("不超过")).isEqualTo("lte");
    }

    @Test
    void plainLeadHasNone() {
        assertThat(ComparatorWords.fromLead("地区生产总值增长")).isNull();
        assertThat(ComparatorWords.fromLead("最近")).isNull();
        assertThat(ComparatorWords.fromLead("附近")).isNull();
    }

    @Test
    void suffixBeatsPrefixAndMoreThanMeansGte() {
        assertThat(ComparatorWords.combine("approx", "lte", false)).isEqualTo("approx"); // 控制在3%左右
        assertThat(ComparatorWords.combine(null, "lte", false)).isEqualTo("lte");        // 控制在3%
        assertThat(ComparatorWords.combine(null, null, true)).isEqualTo("gte");          // 300多家
        assertThat(ComparatorWords.combine(null, null, false)).isEqualTo("eq");
    }
}
