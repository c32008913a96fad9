package org.baogao.search.query;

import org.baogao.search.web.BadRequestException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueryTextTest {

    @Test
    void traditionalAndSimplifiedAskTheSame() {
        assertThat(QueryText.parse("發展新質生產力", 200)).isEqualTo(QueryText.parse("发展新质生产力", 200));
        assertThat(QueryText.parse("發展", 200).parts().get(0).phrase()).isEqualTo("发展");
    }

    @Test
    void fullWidthLettersAndDigitsAreFolded() {
        QueryText text = QueryText.parse("ＧＤＰ增长６．５％", 200);
        assertThat(text.parts().get(0).phrase()).isEqualTo("GDP增长6.5%");
        // word-level form is lower-cased like the indexed words
        assertThat(text.parts().get(0).words()).startsWith("gdp");
    }

    @Test
    void spacesSeparateParts() {
        QueryText text = QueryText.parse("  新能源　\"智能制造\"  ", 200);
        assertThat(text.parts()).extracting(QueryText.Part::phrase).containsExactly("新能源", "智能制造");
    }

    @Test
    void wordsComeFromTheSameSegmenterAsTheIndex() {
        QueryText.Part part = QueryText.parse("大力发展新质生产力", 200).parts().get(0);
        assertThat(part.words().split(" ")).hasSizeGreaterThan(1).contains("发展");
        assertThat(part.words()).isEqualTo(org.baogao.search.index.SearchDocument.words("大力发展新质生产力"));
    }

    @Test
    void unitsAreWordsWithRunsOfSingleCharactersTakenTogether() {
        // the segmenter gives 发展 新 质 生产力: 新 and 质 alone would match nearly every report
        assertThat(QueryText.parse("發展新質生產力", 200).units()).extracting(QueryText.Unit::chars)
                .containsExactly("发展", "新质", "生产力");
        assertThat(QueryText.parse("发展新质生产力", 200).units().get(1).words()).isEqualTo("新 质");
        // a lone character joins the word before it, or the one after it at the start
        assertThat(QueryText.units("供给 侧 结构性 改革")).extracting(QueryText.Unit::chars).containsExactly("供给侧", "结构性", "改革");
        assertThat(QueryText.units("新 能源 汽车")).extracting(QueryText.Unit::chars).containsExactly("新能源", "汽车");
        assertThat(QueryText.units("减税 降 费")).extracting(QueryText.Unit::chars).containsExactly("减税", "降费");
        assertThat(QueryText.units("智 改 数 转")).extracting(QueryText.Unit::chars).containsExactly("智改数转");
        assertThat(QueryText.units("发展 新")).extracting(QueryText.Unit::chars).containsExactly("发展新");
        // units of all parts, each once
        assertThat(QueryText.parse("长三角一体化 一体化发展", 200).units()).extracting(QueryText.Unit::chars)
                .containsExactly("长三角", "一体化", "发展");
    }

    @Test
    void starOrNothingMatchesAll() {
        assertThat(QueryText.parse("*", 200).matchesAll()).isTrue();
        assertThat(QueryText.parse("  ", 200).matchesAll()).isTrue();
        assertThat(QueryText.parse(null, 200).matchesAll()).isTrue();
    }

    @Test
    void limits() {
        assertThatThrownBy(() -> QueryText.parse("发".repeat(201), 200)).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> QueryText.parse("a b c d e f g h i j k", 200)).hasMessageContaining("at most");
        assertThatThrownBy(() -> QueryText.parse("，。！", 200)).hasMessageContaining("no letters");
    }
}
