package org.baogao.extract.kafka;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Tuning of extract-service, prefix {@code baogao.extract}; its topics are declared as every service declares
 * them ({@link org.baogao.contracts.TopicLayout}).
 *
 * @param sendTimeout       how long to wait for Kafka to acknowledge an enriched report before retrying the record
 * @param maxRetryInterval  upper bound of the back-off between retries of a record whose output could not be published
 */
@ConfigurationProperties(prefix = "baogao.extract")
public record ExtractProperties(Duration sendTimeout, Duration maxRetryInterval) {
    public ExtractProperties {
        sendTimeout = sendTimeout == null ? Duration.ofSeconds(30) : sendTimeout;
        maxRetryInterval = maxRetryInterval == null ? Duration.ofSeconds(30) : maxRetryInterval;
    }
}
