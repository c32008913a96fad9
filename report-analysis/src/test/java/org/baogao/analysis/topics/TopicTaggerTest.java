package org.baogao.analysis.topics;

import org.baogao.contracts.Topic;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TopicTaggerTest {
    private final TopicTagger tagger = new TopicTagger();

    @Test
    void taggedByCueMentionsAboveThreshold() {
        List<Topic> topics = tagger.tag("聚焦新能源、合成生物、人工智能等领域，深入打好污染防治攻坚战，推进乡村振兴。");
        assertThat(topics).extracting(Topic::name).contains("新能源", "合成生物", "人工智能", "生态环境", "乡村振兴");
        Topic ai = topics.stream().filter(t -> t.name().equals("人工智能")).findFirst().orElseThrow();
        assertThat(ai.category()).isEqualTo("industry");
        assertThat(ai.score()).isGreaterThanOrEqualTo(TopicTagger.THRESHOLD);
    }

    @Test
    void weakCuesAloneNeedSeveralMentions() {
        assertThat(tagger.tag("走访群众。")).extracting(Topic::name).doesNotContain("民生");
        assertThat(tagger.tag("惠民、富民，服务群众，百姓满意。")).extracting(Topic::name).contains("民生");
    }

    @Test
    void taxonomyCoversTheRequiredAreas() {
        assertThat(TopicTagger.taxonomy()).containsKeys("新能源", "人工智能", "合成生物", "生态环境", "民生", "科技创新",
                "乡村振兴", "营商环境", "城市更新", "数字经济", "先进制造", "新材料", "生物医药", "教育", "医疗卫生", "社会保障",
                "文化旅游", "交通", "安全生产", "对外开放", "财政金融", "房地产", "就业", "养老");
        assertThat(TopicTagger.taxonomy().values()).containsOnly("policy_area", "industry");
    }

    @Test
    void noCuesNoTopics() {
        assertThat(tagger.tag("今天天气很好。")).isEmpty();
    }
}
