package org.baogao.targets.clause;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClauseSplitterTest {

    private final ClauseSplitter splitter = new ClauseSplitter();

    private List<String> texts(String s) {
        return splitter.split(s).stream().map(c -> s.substring(c.start(), c.end())).toList();
    }

    @Test
    void splitsSentencesAndSemicolons() {
        assertThat(texts("主要预期目标是:地区生产总值增长6%左右;一般公共预算收入增长7%左右。城镇新增就业1.5万人"))
                .containsExactly("主要预期目标是", "地区生产总值增长6%左右", "一般公共预算收入增长7%左右", "城镇新增就业1.5万人");
    }

    @Test
    void commaStartsANewClauseWhenANewSubjectStarts() {
        assertThat(texts("新增高企40家,引进高层次人才230名,新增上市公司2家"))
                .containsExactly("新增高企40家", "引进高层次人才230名", "新增上市公司2家");
    }

    @Test
    void predicateSegmentsContinueTheClause() {
        assertThat(texts("国内生产总值达到33.5万亿元,比上年增长8.7%,财政收入6.85万亿元,增长11.7%"))
                .containsExactly("国内生产总值达到33.5万亿元,比上年增长8.7%", "财政收入6.85万亿元,增长11.7%");
        assertThat(texts("工农业总产值八千二百九十一亿元,比一九七八年增长百分之三十二点六"))
                .containsExactly("工农业总产值八千二百九十一亿元,比一九七八年增长百分之三十二点六");
    }

    @Test
    void continuationMarksSegments() {
        Clause c = splitter.split("财政收入6.85万亿元,增长11.7%").get(0);
        assertThat(c.segments()).extracting(Clause.Segment::continuation).containsExactly(false, true);
    }

    @Test
    void thousandsSeparatorAndRatiosDoNotSplit() {
        assertThat(texts("新增岗位200,000个,按1:4撬动社会资本")).containsExactly("新增岗位200,000个", "按1:4撬动社会资本");
    }

    @Test
    void 比重IsASubjectNotAComparison() {
        assertThat(texts("服务业增加值增长8%,比重达到50%")).hasSize(2);
    }

    @Test
    void offsetsPointIntoTheText() {
        String s = "今年工作。\n 地区生产总值增长6%左右";
        Clause last = splitter.split(s).get(1);
        assertThat(s.substring(last.start(), last.end())).isEqualTo("地区生产总值增长6%左右");
        assertThat(last.sentenceStart()).isEqualTo(s.indexOf(' '));
    }
}
