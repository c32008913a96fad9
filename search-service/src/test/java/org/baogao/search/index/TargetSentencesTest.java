package org.baogao.search.index;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TargetSentencesTest {
    private static final String TEXT = "过去一年，全市地区生产总值增长3.7%。\n今年主要预期目标是：地区生产总值增长7%左右，城镇新增就业10万人以上。加快建设新能源之都！";

    @Test
    void theSentenceAroundAClauseRunsFromThePreviousEndToItsOwn() {
        int start = TEXT.indexOf("地区生产总值增长7%左右");
        TargetSentences.Sentence s = TargetSentences.around(TEXT, start, start + "地区生产总值增长7%左右".length());
        assertThat(s.text()).isEqualTo("今年主要预期目标是：地区生产总值增长7%左右，城镇新增就业10万人以上。");
        assertThat(TEXT.substring(s.start(), s.end())).isEqualTo(s.text());
    }

    @Test
    void aClauseEndingItsSentenceAndOneAtTheStartOfTheText() {
        int start = TEXT.indexOf("城镇新增就业");
        int end = TEXT.indexOf("。", start) + 1;
        assertThat(TargetSentences.around(TEXT, start, end).text()).startsWith("今年").endsWith("以上。");
        assertThat(TargetSentences.around(TEXT, 0, 5).text()).isEqualTo("过去一年，全市地区生产总值增长3.7%。");
    }

    @Test
    void aSentenceWithoutEndIsCutAroundTheClause() {
        String run = "很长".repeat(300) + "GDP增长5%" + "继续".repeat(300);
        int start = run.indexOf("GDP");
        TargetSentences.Sentence s = TargetSentences.around(run, start, start + 7);
        assertThat(s.text()).contains("GDP增长5%").hasSize(7 + 2 * TargetSentences.MAX_AROUND);
    }

    @Test
    void offsetsOutsideTheTextGiveNoSentence() {
        assertThat(TargetSentences.around(TEXT, 5, TEXT.length() + 1)).isNull();
        assertThat(TargetSentences.around(null, 0, 1)).isNull();
    }
}
