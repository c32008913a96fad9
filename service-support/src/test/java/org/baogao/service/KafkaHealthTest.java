package org.baogao.service;

import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaHealthTest {

    @Test
    void anUnreachableBrokerIsDownWithAReason() {
        try (KafkaHealth health = new KafkaHealth(() -> Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:1"),
                Duration.ofMillis(500), Duration.ofSeconds(5), Clock.systemUTC())) {
            var result = health.health();
            assertThat(result.getStatus()).isEqualTo(Status.DOWN);
            assertThat(result.getDetails().get("reason").toString()).contains("did not answer");
        }
    }

    @Test
    void noKafkaConfiguredIsUnknown() {
        try (KafkaHealth health = new KafkaHealth(() -> null, Duration.ofMillis(500), Duration.ofSeconds(5), Clock.systemUTC())) {
            assertThat(health.health().getStatus()).isEqualTo(Status.UNKNOWN);
        }
    }
}
