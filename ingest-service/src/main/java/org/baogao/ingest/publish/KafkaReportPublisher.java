package org.baogao.ingest.publish;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.baogao.contracts.ContractSerde;
import org.baogao.contracts.Headers;
import org.baogao.contracts.RawReport;
import org.baogao.contracts.ReportStatus;
import org.baogao.contracts.TopicNames;
import org.baogao.ingest.IngestProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends contract records, serialized by {@link ContractSerde}, keyed by report id and labelled with
 * the contract headers. The producer behind the template is idempotent with {@code acks=all}
 * (see {@link KafkaProducing}), so an acknowledged raw record is on every in-sync replica.
 */
@Component
public class KafkaReportPublisher implements ReportPublisher {
    private static final Logger log = LoggerFactory.getLogger(KafkaReportPublisher.class);

    private final KafkaTemplate<String, byte[]> kafka;
    private final TopicNames topics;
    private final Duration ackTimeout;
    private final ContractSerde<RawReport> rawSerde = ContractSerde.rawReport();
    private final ContractSerde<ReportStatus> statusSerde = ContractSerde.reportStatus();

    public KafkaReportPublisher(KafkaTemplate<String, byte[]> kafka, TopicNames topics, IngestProperties properties) {
        this.kafka = kafka;
        this.topics = topics;
        this.ackTimeout = properties.ackTimeout();
    }

    @Override
    public void publishRaw(RawReport report) throws PublishFailedException {
        ProducerRecord<String, byte[]> record = record(topics.raw(), report.reportId(), report.reportId(), report.source().name(),
                RawReport.class, RawReport.SCHEMA_VERSION, rawSerde.serialize(topics.raw(), report));
        long deadline = System.nanoTime() + ackTimeout.toNanos();
        try {
            // send() itself may block while it fetches metadata (bounded by max.block.ms = ack timeout),
            // so the wait for the ack only gets what is left of the same deadline.
            CompletableFuture<?> ack = kafka.send(record);
            ack.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw new PublishFailedException(report.reportId(),
                    "Kafka did not acknowledge the report within " + ackTimeout.toMillis() + " ms", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new PublishFailedException(report.reportId(), "Kafka refused the report: " + rootMessage(cause), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishFailedException(report.reportId(), "interrupted while waiting for Kafka", e);
        } catch (RuntimeException e) {
            // KafkaTemplate.send throws directly when metadata cannot be fetched within max.block.ms
            throw new PublishFailedException(report.reportId(), "Kafka could not be reached: " + rootMessage(e), e);
        }
        log.info("published report {} ({} bytes, '{}') to {}", report.reportId(), report.content().length,
                report.source().name(), topics.raw());
    }

    @Override
    public void publishStatus(ReportStatus status) {
        // Keyed per stage (reportId/stage), so compaction keeps every stage's latest word.
        ProducerRecord<String, byte[]> record = record(topics.status(), status.key(), status.reportId(), status.sourceName(),
                ReportStatus.class, 1, statusSerde.serialize(topics.status(), status));
        try {
            kafka.send(record).whenComplete((result, failure) -> {
                if (failure != null) {
                    log.warn("status {} of report {} was not published: {}", status.state(), status.reportId(),
                            rootMessage(failure));
                }
            });
        } catch (RuntimeException e) {
            log.warn("status {} of report {} was not published: {}", status.state(), status.reportId(), rootMessage(e));
        }
    }

    private static ProducerRecord<String, byte[]> record(String topic, String key, String reportId, String sourceName,
                                                         Class<?> payloadType, int schemaVersion, byte[] value) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(Headers.REPORT_ID, utf8(reportId));
        if (sourceName != null) {
            headers.add(Headers.SOURCE_NAME, utf8(sourceName));
        }
        headers.add(Headers.PAYLOAD_TYPE, utf8(payloadType.getSimpleName()));
        headers.add(Headers.SCHEMA_VERSION, utf8(Integer.toString(schemaVersion)));
        return new ProducerRecord<>(topic, null, key, value, headers);
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
