package org.baogao.contracts;

import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TopicLayoutTest {

    @Test
    void oneSetOfPropertiesLaysOutEveryTopic() {
        Map<String, String> properties = Map.of(TopicLayout.PARTITIONS_PROPERTY, "6", TopicLayout.REPLICATION_PROPERTY, " 3 ");
        TopicLayout layout = TopicLayout.from(properties::get);
        TopicNames names = TopicNames.withPrefix("t1-");
        NewTopic[] topics = layout.declare(names, names.raw(), names.status());
        assertThat(topics).extracting(NewTopic::name).containsExactly("t1-baogao.reports.raw.v1", "t1-baogao.reports.status.v1");
        assertThat(topics).allSatisfy(t -> {
            assertThat(t.numPartitions()).isEqualTo(6);
            assertThat(t.replicationFactor()).isEqualTo((short) 3);
        });
        assertThat(topics[1].configs()).containsEntry("cleanup.policy", "compact");
        assertThat(topics[0].configs()).doesNotContainKey("cleanup.policy");
    }

    @Test
    void defaultsFitOneLocalBrokerAndNonsenseIsRefused() {
        assertThat(TopicLayout.from(name -> null)).isEqualTo(new TopicLayout(Topics.DEFAULT_PARTITIONS, (short) 1));
        assertThatThrownBy(() -> TopicLayout.from(Map.of(TopicLayout.REPLICATION_PROPERTY, "0")::get))
                .hasMessageContaining(TopicLayout.REPLICATION_PROPERTY);
    }
}
