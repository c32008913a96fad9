package org.baogao.servers.docker;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.baogao.servers.kafka.KafkaBrokerConfig;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.elasticsearch.ElasticsearchContainer;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

import static org.baogao.servers.process.Progress.log;
import static org.baogao.servers.process.Progress.secondsSince;

/**
 * The same two servers as containers, with the same settings as the embedded ones. Testcontainers removes the
 * containers when this JVM exits, so this path serves tests only, never bin/baogao up.
 */
public final class DockerServers implements AutoCloseable {

    private final KafkaContainer kafka;
    private final ElasticsearchContainer elasticsearch;

    private DockerServers(KafkaContainer kafka, ElasticsearchContainer elasticsearch) {
        this.kafka = kafka;
        this.elasticsearch = elasticsearch;
    }

    /**
     * Asks Testcontainers only when there is a hint of a Docker engine (DOCKER_HOST, a known socket, or a
     * Testcontainers configuration): without one, its probe only logs a long error in every test JVM.
     */
    public static boolean isDockerAvailable() {
        if (!anyDockerHint()) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static boolean anyDockerHint() {
        String dockerHost = System.getenv("DOCKER_HOST");
        if (dockerHost != null && !dockerHost.isBlank()) {
            return true;
        }
        Path home = Path.of(System.getProperty("user.home"));
        List<Path> hints = new ArrayList<>(List.of(
                Path.of("/var/run/docker.sock"),
                home.resolve(".docker/run/docker.sock"),
                home.resolve(".docker/desktop/docker.sock"),
                home.resolve(".testcontainers.properties")));
        String runtimeDir = System.getenv("XDG_RUNTIME_DIR");
        if (runtimeDir != null && !runtimeDir.isBlank()) {
            hints.add(Path.of(runtimeDir, "docker.sock"));
        }
        return hints.stream().anyMatch(Files::exists);
    }

    public static DockerServers start(String kafkaVersion, String elasticsearchVersion, String elasticsearchHeap) {
        long started = System.nanoTime();
        String max = Integer.toString(KafkaBrokerConfig.MAX_MESSAGE_BYTES);
        KafkaContainer kafka = new KafkaContainer(DockerImageName.parse("apache/kafka:" + kafkaVersion))
                .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false")
                .withEnv("KAFKA_MESSAGE_MAX_BYTES", max)
                .withEnv("KAFKA_REPLICA_FETCH_MAX_BYTES", max)
                .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0")
                .withEnv("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "1")
                .withEnv("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "1")
                .withEnv("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "1")
                .withEnv("KAFKA_MIN_INSYNC_REPLICAS", "1");
        ElasticsearchContainer elasticsearch = new ElasticsearchContainer(
                DockerImageName.parse("docker.elastic.co/elasticsearch/elasticsearch:" + elasticsearchVersion))
                .withEnv("xpack.security.enabled", "false")
                .withEnv("discovery.type", "single-node")
                .withEnv("action.destructive_requires_name", "false")
                .withEnv("cluster.routing.allocation.disk.threshold_enabled", "false")
                .withEnv("ES_JAVA_OPTS", "-Xms" + elasticsearchHeap + " -Xmx" + elasticsearchHeap);
        log("starting Kafka " + kafkaVersion + " and Elasticsearch " + elasticsearchVersion + " in Docker");
        try {
            kafka.start();
            elasticsearch.start();
        } catch (RuntimeException e) {
            elasticsearch.stop();
            kafka.stop();
            throw e;
        }
        DockerServers servers = new DockerServers(kafka, elasticsearch);
        log("Docker servers ready in " + secondsSince(started) + " s: Kafka " + servers.kafkaBootstrap()
                + ", Elasticsearch " + servers.elasticsearchUrl());
        return servers;
    }

    public String kafkaBootstrap() {
        return kafka.getBootstrapServers();
    }

    public String elasticsearchUrl() {
        return "http://" + elasticsearch.getHttpHostAddress();
    }

    @Override
    public void close() {
        elasticsearch.stop();
        kafka.stop();
    }
}
