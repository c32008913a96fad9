package org.baogao.targets.number;

import com.ibm.icu.text.RuleBasedNumberFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ChineseNumeralTest {

    @ParameterizedTest
    @CsvSource({
            "一千二百万, 12000000",
            "一千二百, 1200",
            "一千二, 1200",
            "十, 10",
            "十二, 12",
            "二十, 20",
            "三十六, 36",
            "一百零八, 108",
            "一千零五, 1005",
            "两万, 20000",
            "十五万, 150000",
            "八十一万, 810000",
            "四十八万五千, 485000",
            "一百二十三亿七千万, 12370000000",
            "四百八十七亿七千七百万, 48777000000",
            "八千二百九十一亿, 829100000000",
            "三万亿, 3000000000000",
            "一万亿, 1000000000000",
            "三十六万〇九百, 360900",
            "二〇, -1",
    })
    void parsesIntegers(String written, long expected) {
        Double v = ChineseNumeral.parse(written);
        if (expected < 0) {
            assertThat(v).isNull();
        } else {
            assertThat(v).isEqualTo((double) expected);
        }
    }

    @ParameterizedTest
    @CsvSource({
            "三十六点九, 36.9",
            "四点五, 4.5",
            "零点五, 0.5",
            "一点四万亿, 1400000000000",
            "一点四兆, 1400000000000",
            "三点五亿, 350000000",
            "十二点五, 12.5",
    })
    void parsesDecimals(String written, double expected) {
        assertThat(ChineseNumeral.parse(written)).isCloseTo(expected, within(1e-6 * expected));
    }

    /** Word fragments that contain numerals but are not one number. */
    @ParameterizedTest
    @ValueSource(strings = {"十四五", "十三五", "十百千", "千万", "百亿", "万", "亿", "百", "千", "一二", "一九五八", "二〇二一",
            "点", "一点", "三点五点", "零", "万亿", "一万万", "一亿亿", "五四三"})
    void rejectsFragments(String written) {
        assertThat(ChineseNumeral.parse(written)).isNull();
    }

    /** Whatever ICU spells out in Chinese, the parser reads back (ICU writes 〇 for inner zeros, 兆 for 10^12). */
    @Test
    void readsBackIcuSpellout() {
        RuleBasedNumberFormat icu = new RuleBasedNumberFormat(Locale.CHINESE, RuleBasedNumberFormat.SPELLOUT);
        Random random = new Random(20240305);
        for (int i = 0; i < 5000; i++) {
            long n = switch (i % 4) {
                case 0 -> 1 + random.nextInt(10_000);
                case 1 -> 1 + random.nextInt(100_000_000);
                case 2 -> 1 + (long) (random.nextDouble() * 1e12);
                default -> (1 + random.nextInt(99)) * (long) Math.pow(10, random.nextInt(12));
            };
            String spelled = icu.format(n);
            assertThat(ChineseNumeral.parse(spelled)).as(spelled).isEqualTo((double) n);
        }
    }

    @Test
    void knowsNumeralCharacters() {
        assertThat(ChineseNumeral.isNumeralChar('两')).isTrue();
        assertThat(ChineseNumeral.isNumeralChar('〇')).isTrue();
        assertThat(ChineseNumeral.isNumeralChar('兆')).isTrue();
        assertThat(ChineseNumeral.isNumeralChar('个')).isFalse();
    }
}
