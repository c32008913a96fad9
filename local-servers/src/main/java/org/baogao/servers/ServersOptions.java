package org.baogao.servers;

import java.nio.file.Path;
import java.time.Duration;
import org.baogao.servers.elasticsearch.BuildInfo;

/**
 * What {@link RealServers#start} starts. A port of 0 means "pick a free one". Heaps come from the system
 * properties baogao.kafka.heap / baogao.es.heap or the variables BAOGAO_KAFKA_HEAP / BAOGAO_ES_HEAP.
 *
 * @param stateDir                  where the servers keep their data, configuration and logs
 * @param elasticsearchInstallDir   where the Elasticsearch distribution is unpacked (once, then reused)
 * @param detached                  whether embedded servers must outlive this JVM (bin/baogao up)
 */
public record ServersOptions(ServersMode mode, Path stateDir, Path elasticsearchInstallDir,
                             int kafkaPort, int kafkaControllerPort, int elasticsearchPort,
                             int elasticsearchTransportPort, String kafkaHeap, String elasticsearchHeap,
                             boolean detached, Duration startTimeout) {

    /** Mode from the environment, free ports, heaps 512m (Kafka) and 1g (Elasticsearch), not detached. */
    public static ServersOptions defaults(Path stateDir) {
        return new ServersOptions(ServersMode.requested(), stateDir,
                stateDir.resolve("elasticsearch-" + BuildInfo.elasticsearchVersion()),
                0, 0, 0, 0,
                setting("baogao.kafka.heap", "BAOGAO_KAFKA_HEAP", "512m"),
                setting("baogao.es.heap", "BAOGAO_ES_HEAP", "1g"),
                false, Duration.ofSeconds(180));
    }

    /**
     * An install dir shared by all test runs of this machine, so the distribution is unpacked once:
     * baogao.es.home when set, else java.io.tmpdir/baogao-cache/elasticsearch-VERSION.
     */
    public static Path sharedElasticsearchInstallDir() {
        String explicit = System.getProperty("baogao.es.home", System.getenv("BAOGAO_ES_HOME"));
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        return Path.of(System.getProperty("java.io.tmpdir"), "baogao-cache",
                "elasticsearch-" + BuildInfo.elasticsearchVersion());
    }

    public ServersOptions withMode(ServersMode newMode) {
        return new ServersOptions(newMode, stateDir, elasticsearchInstallDir, kafkaPort, kafkaControllerPort,
                elasticsearchPort, elasticsearchTransportPort, kafkaHeap, elasticsearchHeap, detached, startTimeout);
    }

    public ServersOptions withElasticsearchInstallDir(Path dir) {
        return new ServersOptions(mode, stateDir, dir, kafkaPort, kafkaControllerPort,
                elasticsearchPort, elasticsearchTransportPort, kafkaHeap, elasticsearchHeap, detached, startTimeout);
    }

    public ServersOptions withKafkaPorts(int port, int controllerPort) {
        return new ServersOptions(mode, stateDir, elasticsearchInstallDir, port, controllerPort,
                elasticsearchPort, elasticsearchTransportPort, kafkaHeap, elasticsearchHeap, detached, startTimeout);
    }

    public ServersOptions withElasticsearchPorts(int httpPort, int transportPort) {
        return new ServersOptions(mode, stateDir, elasticsearchInstallDir, kafkaPort, kafkaControllerPort,
                httpPort, transportPort, kafkaHeap, elasticsearchHeap, detached, startTimeout);
    }

    public ServersOptions withHeaps(String kafka, String elasticsearch) {
        return new ServersOptions(mode, stateDir, elasticsearchInstallDir, kafkaPort, kafkaControllerPort,
                elasticsearchPort, elasticsearchTransportPort, kafka, elasticsearch, detached, startTimeout);
    }

    public ServersOptions withDetached(boolean newDetached) {
        return new ServersOptions(mode, stateDir, elasticsearchInstallDir, kafkaPort, kafkaControllerPort,
                elasticsearchPort, elasticsearchTransportPort, kafkaHeap, elasticsearchHeap, newDetached, startTimeout);
    }

    public ServersOptions withStartTimeout(Duration timeout) {
        return new ServersOptions(mode, stateDir, elasticsearchInstallDir, kafkaPort, kafkaControllerPort,
                elasticsearchPort, elasticsearchTransportPort, kafkaHeap, elasticsearchHeap, detached, timeout);
    }

    private static String setting(String property, String variable, String fallback) {
        String value = System.getProperty(property, System.getenv(variable));
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
