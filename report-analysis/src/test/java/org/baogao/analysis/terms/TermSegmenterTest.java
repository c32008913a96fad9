package org.baogao.analysis.terms;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.seg.common.Term;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TermSegmenterTest {
    private final TermSegmenter segmenter = new TermSegmenter();

    private List<String> places(String text) {
        return segmenter.segment(text).terms().stream().filter(t -> t.nature == Nature.ns).map(t -> t.word).toList();
    }

    @Test
    void unknownNamesBeforeAGeographicSuffixAreOnePlace() {
        assertThat(places("加快德胜河、新孟河整治，打造天目湖旅游度假区和茅山景区"))
                .contains("德胜河", "新孟河", "天目湖", "茅山");
        assertThat(places("维护朝鲜半岛和台湾海峡和平稳定")).contains("朝鲜半岛", "台湾海峡");
        assertThat(places("南京长江大桥建成通车，西太湖生态修复启动")).contains("长江大桥", "西太湖");
    }

    @Test
    void functionWordsAndEverydayWordsAreNotJoined() {
        List<String> words = segmenter.segment("我们要修路架桥，一个乡一条河地治理，像黄河这样的河").terms().stream()
                .map(t -> t.word).toList();
        assertThat(words).doesNotContain("要修路", "一个乡", "一条河", "像黄河");
    }

    @Test
    void offsetsOfJoinedWordsPointIntoTheText() {
        String text = "推进德胜河整治";
        ReportTerms terms = segmenter.segment(text);
        for (Term t : terms.terms()) {
            assertThat(text.startsWith(t.word, t.offset)).as(t.word).isTrue();
        }
    }
}
