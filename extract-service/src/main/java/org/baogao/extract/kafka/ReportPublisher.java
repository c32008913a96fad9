package org.baogao.extract.kafka;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.baogao.contracts.ContractJson;
import org.baogao.contracts.EnrichedReport;
import org.baogao.contracts.Headers;
import org.baogao.contracts.ReportStatus;
import org.baogao.contracts.TopicNames;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes what extraction produced: the enriched report, then the report's status. Both sends belong to the
 * listener's Kafka transaction, which also commits the raw record's offset: read_committed subscribers see each
 * raw record's output exactly once. Each send still waits for the broker, so a broker that went away fails the
 * record early (its transaction is rolled back and it is retried).
 */
@Component
public class ReportPublisher {
    private final KafkaTemplate<String, byte[]> kafka;
    private final TopicNames topics;
    private final ExtractProperties properties;

    public ReportPublisher(KafkaTemplate<String, byte[]> kafka, TopicNames topics, ExtractProperties properties) {
        this.kafka = kafka;
        this.topics = topics;
        this.properties = properties;
    }

    public void publishEnriched(EnrichedReport report) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topics.enriched(), report.reportId(), ContractJson.toBytes(report));
        header(record, Headers.REPORT_ID, report.reportId());
        header(record, Headers.SOURCE_NAME, report.source().name());
        header(record, Headers.PAYLOAD_TYPE, EnrichedReport.class.getSimpleName());
        header(record, Headers.SCHEMA_VERSION, Integer.toString(EnrichedReport.SCHEMA_VERSION));
        sendAndWait(record);
        publishStatus(new ReportStatus(report.reportId(), ReportStatus.State.ENRICHED, ReportStatus.STAGE_EXTRACT,
                report.source().name(), null, Instant.now()));
    }

    public void publishStatus(ReportStatus status) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topics.status(), status.key(), ContractJson.toBytes(status));
        header(record, Headers.REPORT_ID, status.reportId());
        header(record, Headers.PAYLOAD_TYPE, ReportStatus.class.getSimpleName());
        sendAndWait(record);
    }

    private void sendAndWait(ProducerRecord<String, byte[]> record) {
        try {
            kafka.send(record).get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing to " + record.topic(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new KafkaPublishException("Kafka did not acknowledge " + record.topic() + " record " + record.key(), e);
        }
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        if (value != null) {
            record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Publishing failed: transient, the record is retried, never dead-lettered for this. */
    public static class KafkaPublishException extends RuntimeException {
        KafkaPublishException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
