package org.baogao.contracts;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka serializer/deserializer of a contract record, using {@link ContractJson}. A payload that
 * does not parse raises {@link SerializationException}, which consumers route to their dead-letter
 * topic instead of stalling the partition.
 */
public final class ContractSerde<T> implements Serializer<T>, Deserializer<T> {
    private final Class<T> type;

    public ContractSerde(Class<T> type) {
        this.type = type;
    }

    public static ContractSerde<RawReport> rawReport() {
        return new ContractSerde<>(RawReport.class);
    }

    public static ContractSerde<EnrichedReport> enrichedReport() {
        return new ContractSerde<>(EnrichedReport.class);
    }

    public static ContractSerde<ReportStatus> reportStatus() {
        return new ContractSerde<>(ReportStatus.class);
    }

    public Class<T> type() {
        return type;
    }

    @Override
    public byte[] serialize(String topic, T data) {
        return data == null ? null : ContractJson.toBytes(data);
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        try {
            return ContractJson.fromBytes(data, type);
        } catch (RuntimeException e) {
            throw new SerializationException("not a " + type.getSimpleName() + " on " + topic + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void configure(java.util.Map<String, ?> configs, boolean isKey) {
        // nothing to configure: the mapping is fixed by ContractJson
    }

    @Override
    public void close() {
        // stateless
    }
}
