package org.baogao.targets.indicator;

import org.baogao.contracts.Target;
import org.baogao.targets.TargetExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every written form of the lexicon, in a target sentence of a work report: the extractor must find the target and
 * give it the form's code. One case per form, so a form the grammar cannot read (it peels a word off it, or a scope
 * word swallows it) shows up by name.
 */
class IndicatorLexiconTest {

    private final TargetExtractor extractor = new TargetExtractor();

    record Form(String code, String form, String unit) {
        @Override
        public String toString() {
            return form + " → " + code;
        }
    }

    static Stream<Form> forms() {
        return IndicatorCatalogue.lexicon().all().stream()
                .flatMap(i -> i.forms().stream().map(f -> new Form(i.code(), f, i.unit())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void everyFormIsReadInASentenceWithItsCode(Form f) {
        String sentence = "今年全市" + f.form() + (f.unit().equals("%") ? "增长6.5%左右。" : "达到1200" + sampleUnit(f.unit()) + "。");
        List<Target> found = extractor.extract(sentence, 2026, null);
        assertThat(found).as(sentence).anySatisfy(t -> {
            assertThat(t.code()).isEqualTo(f.code());
            assertThat(t.kind()).isEqualTo(Target.TARGET);
        });
    }

    @Test
    void codesAreUniqueAndEveryIndicatorHasANameUnitAndForms() {
        Set<String> codes = new HashSet<>();
        for (IndicatorCatalogue.Indicator i : IndicatorCatalogue.lexicon().all()) {
            assertThat(codes.add(i.code())).as(i.code()).isTrue();
            assertThat(i.name()).isNotBlank();
            assertThat(i.unit()).isNotBlank();
            assertThat(i.forms()).startsWith(i.name());
            assertThat(i.direction()).isIn(null, Target.INCREASE, Target.DECREASE);
        }
        assertThat(IndicatorCatalogue.lexicon().all().stream().filter(IndicatorCatalogue.Indicator::core).count())
                .as("the spec's core codes").isEqualTo(26);
    }

    /** A unit as a report would write it after the number (base units such as 元 take 亿). */
    private static String sampleUnit(String unit) {
        return switch (unit) {
            case "元", "美元" -> "亿" + unit;
            case "吨标准煤" -> "万吨标准煤";
            case "微克/立方米" -> "微克/立方米";
            case "‰" -> "‰";
            default -> "万" + unit;
        };
    }
}
