package org.baogao.search.indexing;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.baogao.contracts.ContractSerde;
import org.baogao.contracts.EnrichedReport;

import java.nio.charset.StandardCharsets;

/**
 * Parses an enriched report with the contract serde and refuses one that cannot become a document
 * (no report id). Wrapped in Spring Kafka's {@code ErrorHandlingDeserializer}, a refusal reaches the error
 * handler as a {@code DeserializationException} and the record is dead-lettered, so the partition never stalls.
 */
public final class ReceivedReportDeserializer implements Deserializer<ReceivedReport> {
    /** Elasticsearch's limit on a document id, in UTF-8 bytes. */
    static final int MAX_ID_BYTES = 512;

    private final ContractSerde<EnrichedReport> serde = ContractSerde.enrichedReport();

    @Override
    public ReceivedReport deserialize(String topic, byte[] data) {
        if (data == null) {
            throw new SerializationException("empty value on " + topic + ": an enriched report is required");
        }
        EnrichedReport report = serde.deserialize(topic, data);
        if (report == null) {
            throw new SerializationException("value on " + topic + " is JSON null");
        }
        String id = report.reportId();
        if (id == null || id.isBlank()) {
            throw new SerializationException("enriched report on " + topic + " has no reportId");
        }
        if (id.getBytes(StandardCharsets.UTF_8).length > MAX_ID_BYTES) {
            throw new SerializationException("reportId longer than " + MAX_ID_BYTES + " bytes");
        }
        return new ReceivedReport(report, data);
    }
}
