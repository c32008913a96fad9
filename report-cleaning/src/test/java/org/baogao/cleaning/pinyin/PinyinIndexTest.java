package org.baogao.cleaning.pinyin;

import org.baogao.cleaning.model.CharModel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PinyinIndexTest {
    private final PinyinIndex index = PinyinIndex.of(CharModel.standard());

    @Test
    void splitsLettersIntoSyllables() {
        assertThat(index.syllables("diyi")).containsExactly("di", "yi");
        assertThat(index.syllables("zhengfu")).containsExactly("zheng", "fu");
        assertThat(index.syllables("xian")).containsExactly("xian");
        assertThat(index.syllables("gdp")).isNull();
        assertThat(index.syllables("www")).isNull();
    }

    @Test
    void ranksCharactersOfASyllableByHowCommonTheyAreInReports() {
        assertThat(index.chars("zui")).first().isEqualTo('最');
        assertThat(index.chars("zui")).contains('罪', '醉');
        assertThat(index.chars("fa")).contains('发', '法');
        assertThat(index.chars("qqq")).isEmpty();
    }

    @Test
    void isBuiltOncePerModel() {
        assertThat(PinyinIndex.of(CharModel.standard())).isSameAs(index);
    }
}
