package org.baogao.relevance;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JudgmentsTest {

    @Test
    void readsColumnsFiltersAndGrades() {
        List<JudgedQuery> q = Judgments.parse("""
                # comment

                region-1\t龙城英才计划\tregion=常州市;yearFrom=2020\t000_x.txt:3,001_y.txt:1\tseed 000 names the programme
                """, "t");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).kind()).isEqualTo("region");
        assertThat(q.get(0).filters()).isEqualTo(Map.of("region", "常州市", "yearFrom", "2020"));
        assertThat(q.get(0).grade("000_x.txt")).isEqualTo(3);
        assertThat(q.get(0).grade("unjudged.txt")).isZero();
    }

    @Test
    void refusesWhatWouldMakeAFigureMeaningless() {
        assertThatThrownBy(() -> Judgments.parse("a-1\tq\t-\tx:0\n", "t")).hasMessageContaining("no relevant document");
        assertThatThrownBy(() -> Judgments.parse("a-1\tq\tcolour=red\tx:1\n", "t")).hasMessageContaining("unknown filter");
        assertThatThrownBy(() -> Judgments.parse("a-1\tq\t-\tx:4\n", "t")).hasMessageContaining("outside 0..3");
        assertThatThrownBy(() -> Judgments.parse("a-1\tq\t-\tx:1\na-1\tq\t-\tx:1\n", "t")).hasMessageContaining("duplicate id");
    }

    @Test
    void theShippedSetIsLargeAndCoversEveryKind() throws Exception {
        List<JudgedQuery> q = Judgments.read(Path.of("judgments.tsv"));
        assertThat(q).hasSizeGreaterThanOrEqualTo(30);
        assertThat(q.stream().map(JudgedQuery::kind).distinct())
                .contains("trad", "multi", "words", "indicator", "name", "region");
    }
}
