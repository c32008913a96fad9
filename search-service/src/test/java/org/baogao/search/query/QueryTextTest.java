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
    void spacesSeparatePartsThatMustAllOccur() {
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
