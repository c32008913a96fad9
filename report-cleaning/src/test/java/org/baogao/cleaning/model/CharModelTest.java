package org.baogao.cleaning.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CharModelTest {
    private final CharModel model = CharModel.standard();

    @Test
    void knowsCommonCharactersAndPairsOfReportText() {
        assertThat(model.count('发')).isGreaterThan(1000);
        assertThat(model.isCommon('展')).isTrue();
        assertThat(model.count('扎', '实')).isGreaterThan(50);
        assertThat(model.count('套', '粒')).isZero();
        assertThat(model.logProb('发', '展')).isGreaterThan(model.logProb('发', '粒'));
    }

    @Test
    void corpusIsCountedSimplified() {
        assertThat(model.count('发', '展')).isGreaterThan(model.count('發', '展'));
    }

    @Test
    void knowsPairsInsideDictionaryWordsTheCorpusLacks() {
        assertThat(model.inDictionaryWord('示', '范')).isTrue();
        assertThat(model.inDictionaryWord('套', '粒')).isFalse();
    }

    @Test
    void simplifierFoldsAndConverts() {
        assertThat(CharSimplifier.simplify('發')).isEqualTo('发');
        assertThat(CharSimplifier.simplify('６')).isEqualTo('6');
        assertThat(CharSimplifier.simplify('发')).isEqualTo('发');
    }
}
