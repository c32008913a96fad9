package org.baogao.bench;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.baogao.contracts.ContractSerde;
import org.baogao.contracts.ReportStatus;
import org.baogao.contracts.TopicNames;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Where the ingest→searchable time goes, from the statuses every stage publishes ({@code ReportStatus.at}): posted →
 * accepted by ingest (Kafka acknowledged), → enriched by extract, → indexed by search (Elasticsearch acknowledged),
 * → searchable (the next refresh, seen by polling). Read from the status topic between two offset marks, so only
 * the phase's own statuses are read.
 */
public final class StageTimes {
    private final Properties config = new Properties();
    private final String topic = TopicNames.DEFAULT.status();
    private Map<TopicPartition, Long> start;

    public StageTimes(String bootstrap) {
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    }

    /** Marks where the phase begins on the status topic. */
    public void mark() {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            start = consumer.endOffsets(partitions);
        }
    }

    /** The time of each stage's status for the reports, statuses published since {@link #mark()}. */
    public record Stages(Map<String, Instant> accepted, Map<String, Instant> enriched, Map<String, Instant> indexed) {
    }

    public Stages read(Set<String> reportIds) {
        Map<String, Instant> accepted = new HashMap<>();
        Map<String, Instant> enriched = new HashMap<>();
        Map<String, Instant> indexed = new HashMap<>();
        ContractSerde<ReportStatus> serde = ContractSerde.reportStatus();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            consumer.assign(start.keySet());
            start.forEach(consumer::seek);
            Map<TopicPartition, Long> end = consumer.endOffsets(start.keySet());
            while (start.keySet().stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofSeconds(1))) {
                    ReportStatus s;
                    try {
                        s = serde.deserialize(r.topic(), r.value());
                    } catch (RuntimeException notAStatus) {
                        continue;
                    }
                    if (s == null || s.at() == null || !reportIds.contains(s.reportId()) || s.state() == null) {
                        continue;
                    }
                    Map<String, Instant> into = switch (s.state()) {
                        case ACCEPTED -> accepted;
                        case ENRICHED -> enriched;
                        case INDEXED -> indexed;
                        case FAILED -> null;
                    };
                    if (into != null) {
                        into.putIfAbsent(s.reportId(), s.at());
                    }
                }
            }
        }
        return new Stages(accepted, enriched, indexed);
    }
}
