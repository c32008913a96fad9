package org.baogao.cleaning.pinyin;

import org.baogao.cleaning.edit.CleaningStage;
import org.baogao.cleaning.edit.EditableText;
import org.baogao.cleaning.model.CharModel;
import org.baogao.cleaning.model.ChineseScore;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CensoredPinyinRestorationTest {
    private static final CensoredPinyinRestoration STAGE = new CensoredPinyinRestoration(
            new ChineseScore(CharModel.standard()), new PinyinIndex(CharModel.standard()));

    private static String clean(String text) {
        return CleaningStage.runAlone(STAGE, text).text();
    }

    @Test
    void restoresCensoredWordsBetweenChineseCharacters() {
        assertThat(clean("力争进入全国开发区diyi方阵")).isEqualTo("力争进入全国开发区第一方阵");
        assertThat(clean("打造zui具活力的营商环境")).isEqualTo("打造最具活力的营商环境");
        assertThat(clean("加快jianshe现代化产业体系")).isEqualTo("加快建设现代化产业体系");
        assertThat(clean("全面提高zhengfu治理能力")).isEqualTo("全面提高政府治理能力");
    }

    @Test
    void restoresBeforePunctuation() {
        assertThat(clean("明年力争diyi、第二批项目全部完成")).isEqualTo("明年力争第一、第二批项目全部完成");
    }

    @Test
    void recordsTheRepairWithRawOffsets() {
        EditableText t = CleaningStage.runAlone(STAGE, "跻身全省diyi梯队");
        assertThat(t.repairs()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(CensoredPinyinRestoration.KIND);
            assertThat(r.rawStart()).isEqualTo(4);
            assertThat(r.rawEnd()).isEqualTo(8);
            assertThat(r.before()).isEqualTo("diyi");
            assertThat(r.after()).isEqualTo("第一");
        });
    }

    @Test
    void leavesLatinTextThatIsNotCensoredPinyinAlone() {
        for (String text : new String[]{
                "推进PPP项目落地", "实现5G网络全覆盖", "登录www.gov.cn查询", "访问网址 http://www.cz.gov.cn 了解",
                "推广App应用", "推进e政务建设", "建设i城市平台", "研发投入(R&D)占比", "开展S342两侧农路工程", "发展low carbon经济"}) {
            assertThat(clean(text)).as(text).isEqualTo(text);
        }
    }
}
