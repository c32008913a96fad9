package org.baogao.search.watch;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.baogao.contracts.Alert;
import org.baogao.contracts.ContractJson;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Raises alerts: publishes each to the alerts topic ({@code Topics.ALERTS}, key {@code watchId}) and waits for
 * Kafka's acknowledgement, then records it in the alerts index. At least once: an alert is recorded only after it
 * was published, and one already recorded is not published again, so a crash between the two can repeat an alert
 * (same {@code alertId}) but never lose one.
 */
class AlertPublisher {
    private final KafkaTemplate<String, Object> kafka;
    private final String topic;
    private final AlertStore store;
    private final Duration timeout;

    AlertPublisher(KafkaTemplate<String, Object> kafka, String topic, AlertStore store, Duration timeout) {
        this.kafka = kafka;
        this.topic = topic;
        this.store = store;
        this.timeout = timeout;
    }

    /** @return whether the alert was new (published now) */
    boolean raise(Alert alert) throws Exception {
        if (store.raised(alert.alertId())) {
            return false;
        }
        try {
            kafka.send(new ProducerRecord<>(topic, alert.watchId(), ContractJson.toBytes(alert)))
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } catch (TimeoutException e) {
            throw new IllegalStateException("alert " + alert.alertId() + " not acknowledged within " + timeout, e);
        }
        store.record(alert);
        return true;
    }
}
