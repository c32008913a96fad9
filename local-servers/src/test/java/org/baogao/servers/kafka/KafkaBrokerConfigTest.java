package org.baogao.servers.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class KafkaBrokerConfigTest {

    private final KafkaBrokerConfig config = new KafkaBrokerConfig(19092, 19093, Path.of("/srv/kafka/data"));

    @Test
    void isASingleCombinedKraftNodeOnLoopback() {
        assertThat(config.properties())
                .containsEntry("process.roles", "broker,controller")
                .containsEntry("controller.quorum.voters", "1@127.0.0.1:19093")
                .containsEntry("listeners", "PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093")
                .containsEntry("advertised.listeners", "PLAINTEXT://127.0.0.1:19092")
                .containsEntry("controller.listener.names", "CONTROLLER")
                .containsEntry("log.dirs", "/srv/kafka/data");
        assertThat(config.bootstrapServers()).isEqualTo("127.0.0.1:19092");
    }

    @Test
    void replicationFitsOneNodeAndTopicsAreNeverAutoCreated() {
        assertThat(config.properties())
                .containsEntry("offsets.topic.replication.factor", "1")
                .containsEntry("transaction.state.log.replication.factor", "1")
                .containsEntry("transaction.state.log.min.isr", "1")
                .containsEntry("min.insync.replicas", "1")
                .containsEntry("auto.create.topics.enable", "false")
                .containsEntry("group.initial.rebalance.delay.ms", "0");
    }

    @Test
    void acceptsWholeReportsUpTo16Megabytes() {
        assertThat(KafkaBrokerConfig.MAX_MESSAGE_BYTES).isEqualTo(16_777_216);
        assertThat(config.properties())
                .containsEntry("message.max.bytes", "16777216")
                .containsEntry("replica.fetch.max.bytes", "16777216");
    }

    @Test
    void rendersLoadablePropertiesSyntax() throws Exception {
        Properties loaded = new Properties();
        loaded.load(new StringReader(config.render()));
        assertThat(loaded).hasSize(config.properties().size());
        assertThat(loaded.getProperty("listeners")).isEqualTo("PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093");
    }
}
