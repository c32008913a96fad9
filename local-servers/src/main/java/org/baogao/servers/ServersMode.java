package org.baogao.servers;

import java.util.Locale;
import org.baogao.servers.docker.DockerServers;

/**
 * How the servers are provided. Chosen by the system property {@code baogao.servers} or the environment variable
 * {@code BAOGAO_SERVERS}; when neither is set, Docker is used where a Docker engine answers, else embedded.
 */
public enum ServersMode {
    /** Real Kafka and Elasticsearch as child processes of this machine, no Docker needed. */
    EMBEDDED,
    /** Testcontainers: apache/kafka and the official Elasticsearch image. */
    DOCKER,
    /** Already running servers named by BAOGAO_KAFKA_BOOTSTRAP and BAOGAO_ES_URL (e.g. from bin/baogao up). */
    EXTERNAL,
    /** Decide at start: DOCKER when available, else EMBEDDED. */
    AUTO;

    public static final String PROPERTY = "baogao.servers";
    public static final String ENVIRONMENT = "BAOGAO_SERVERS";

    /** The mode asked for by property or environment, AUTO when nothing is asked for. */
    public static ServersMode requested() {
        String value = System.getProperty(PROPERTY, System.getenv(ENVIRONMENT));
        return parse(value);
    }

    static ServersMode parse(String value) {
        if (value == null || value.isBlank()) {
            return AUTO;
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(PROPERTY + "=" + value + " is not one of embedded, docker, external, auto");
        }
    }

    /** AUTO made concrete; the others as they are. */
    public ServersMode resolve() {
        if (this != AUTO) {
            return this;
        }
        return DockerServers.isDockerAvailable() ? DOCKER : EMBEDDED;
    }
}
