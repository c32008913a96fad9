package org.baogao.service;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Whether the Kafka cluster answers: a bounded {@code describeCluster}, the answer kept for a few seconds so
 * frequent probes do not become a load. Part of every service's readiness group (a service that cannot reach
 * Kafka can do none of its work), never of liveness (restarting it would not bring the broker back).
 */
public class KafkaHealth implements HealthIndicator, AutoCloseable {
    private final Supplier<Map<String, Object>> clientConfig;
    private final Duration timeout;
    private final Duration cacheFor;
    private final Clock clock;
    private AdminClient admin;
    private Health last;
    private Instant lastAt = Instant.EPOCH;

    /**
     * @param clientConfig the service's Kafka client settings (bootstrap servers, security), asked for at the first
     *                     probe; {@code null} when the service has none (a web-layer test), which reads as UNKNOWN
     */
    public KafkaHealth(Supplier<Map<String, Object>> clientConfig, Duration timeout, Duration cacheFor, Clock clock) {
        this.clientConfig = clientConfig;
        this.timeout = timeout;
        this.cacheFor = cacheFor;
        this.clock = clock;
    }

    @Override
    public synchronized Health health() {
        Instant now = clock.instant();
        if (last == null || now.isAfter(lastAt.plus(cacheFor))) {
            last = probe();
            lastAt = now;
        }
        return last;
    }

    private Health probe() {
        try {
            if (admin == null) {
                Map<String, Object> config = clientConfig.get();
                if (config == null) {
                    return Health.unknown().withDetail("reason", "no Kafka configured").build();
                }
                config = new HashMap<>(config);
                config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
                config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
                config.put(AdminClientConfig.CLIENT_ID_CONFIG, "baogao-health");
                admin = AdminClient.create(config);
            }
            int nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout.toMillis()))
                    .nodes().get(timeout.toMillis() + 500, TimeUnit.MILLISECONDS).size();
            return Health.up().withDetail("brokers", nodes).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.down().withDetail("reason", "interrupted").build();
        } catch (Exception e) {
            return Health.down().withDetail("reason", "Kafka did not answer within " + timeout.toMillis() + " ms: "
                    + e.getClass().getSimpleName()).build();
        }
    }

    @Override
    public synchronized void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(1));
            admin = null;
        }
    }
}
