package org.baogao.extract.kafka;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * @param partitions        partitions of the topics this service creates when they are missing
 * @param replicationFactor their replication factor (1 for the single local broker)
 * @param sendTimeout       how long to wait for Kafka to acknowledge an enriched report before retrying the record
 * @param maxRetryInterval  upper bound of the back-off between retries of a record whose output could not be published
 */
@ConfigurationProperties(prefix = "baogao.extract")
public record ExtractProperties(Integer partitions, Short replicationFactor, Duration sendTimeout,
                                Duration maxRetryInterval) {
    public ExtractProperties {
        partitions = partitions == null ? org.baogao.contracts.Topics.DEFAULT_PARTITIONS : partitions;
        replicationFactor = replicationFactor == null ? 1 : replicationFactor;
        sendTimeout = sendTimeout == null ? Duration.ofSeconds(30) : sendTimeout;
        maxRetryInterval = maxRetryInterval == null ? Duration.ofSeconds(30) : maxRetryInterval;
    }
}
