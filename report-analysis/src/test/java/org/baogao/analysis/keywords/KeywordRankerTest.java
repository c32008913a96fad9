package org.baogao.analysis.keywords;

import org.baogao.analysis.terms.TermSegmenter;
import org.baogao.contracts.Keyword;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class KeywordRankerTest {
    private final TermSegmenter segmenter = new TermSegmenter();

    @Test
    void rareDomainPhrasesOutrankWordsEveryReportUses() {
        String text = "加快新能源汽车产业发展，新能源汽车产量增长。推动新能源汽车充电桩建设。加强经济建设，经济稳定增长。"
                + "新建充电桩一万个，充电桩覆盖所有乡镇。";
        DocumentFrequencies df = new DocumentFrequencies(10, Map.of("经济", 10, "经济建设", 9, "汽车", 6));
        List<Keyword> keywords = new KeywordRanker(df).rank(segmenter.segment(text));
        List<String> phrases = keywords.stream().map(Keyword::text).toList();
        assertThat(phrases).contains("新能源汽车", "充电桩");
        assertThat(phrases).doesNotContain("经济", "工作", "发展");
        assertThat(keywords).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
    }

    @Test
    void entityNamesAreNotKeywords() {
        String text = "武进经验值得推广，武进经验来之不易。数字经济蓬勃发展，数字经济占比提高。";
        List<String> phrases = new KeywordRanker().rank(segmenter.segment(text), Set.of("武进")).stream()
                .map(Keyword::text).toList();
        assertThat(phrases).noneMatch(p -> p.contains("武进"));
        assertThat(phrases).contains("数字经济");
    }

    @Test
    void nationalFrequenciesAreBundled() {
        DocumentFrequencies national = DocumentFrequencies.national();
        assertThat(national.documents()).isGreaterThan(50);
        assertThat(national.idf("社会主义")).isLessThan(national.idf("合成生物"));
    }

    @Test
    void shortTextsKeepPhrasesSaidOnce() {
        List<String> phrases = new KeywordRanker().rank(segmenter.segment("推进合成生物产业园建设，打造海洋牧场示范区。"))
                .stream().map(Keyword::text).toList();
        assertThat(phrases).isNotEmpty();
        assertThat(phrases).anyMatch(p -> p.contains("海洋牧场") || p.contains("合成生物"));
    }
}
