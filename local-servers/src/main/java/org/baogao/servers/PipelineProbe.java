package org.baogao.servers;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What an operator asks Kafka about a running pipeline, for {@code bin/baogao status} and {@code bin/baogao chaos}:
 * consumer lag per stage and the records of a topic per key. Read only; never joins a consumer group.
 */
final class PipelineProbe {

    /** Up to this offset difference the lag is counted by reading (exact); above it the difference is shown. */
    static final long EXACT_BELOW = 2000;

    static Properties readCommitted(String bootstrap) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 16 * 1024 * 1024);
        return config;
    }

    @Command(name = "lag", mixinStandardHelpOptions = true,
            description = "Consumer lag of each stage: end offsets (read committed) minus the group's committed offsets.")
    static final class Lag implements Callable<Integer> {
        @Option(names = "--bootstrap", required = true, description = "Kafka bootstrap servers.")
        String bootstrap;
        @Option(names = "--stage", required = true, description = "NAME=GROUP@TOPIC, e.g. extract=baogao-extract@baogao.reports.raw.v1")
        List<String> stages;
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000, AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000))) {
                for (String stage : stages) {
                    String name = stage.substring(0, stage.indexOf('='));
                    String group = stage.substring(stage.indexOf('=') + 1, stage.lastIndexOf('@'));
                    String topic = stage.substring(stage.lastIndexOf('@') + 1);
                    out.println(name + ": " + lagOf(admin, group, topic));
                }
            }
            out.flush();
            return 0;
        }

        private String lagOf(Admin admin, String group, String topic) throws Exception {
            List<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames().get(5, TimeUnit.SECONDS)
                    .get(topic).partitions().stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(5, TimeUnit.SECONDS);
            var ends = admin.listOffsets(partitions.stream().collect(Collectors.toMap(Function.identity(), p -> OffsetSpec.latest())),
                    new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get(5, TimeUnit.SECONDS);
            long lag = 0;
            for (TopicPartition p : partitions) {
                OffsetAndMetadata c = committed.get(p);
                lag += Math.max(0, ends.get(p).offset() - (c == null ? 0 : c.offset()));
            }
            if (lag > 0 && lag <= EXACT_BELOW) {
                lag = recordsBetween(partitions, committed, ends);
            }
            return "lag " + lag + " (group " + group + " on " + topic + ", " + partitions.size() + " partitions)";
        }

        /**
         * Offsets count transaction markers too (one per committed transaction of extract-service), so a small
         * offset difference is checked by reading: the records a read-committed consumer would still get.
         */
        private long recordsBetween(List<TopicPartition> partitions,
                                           Map<TopicPartition, OffsetAndMetadata> committed,
                                           Map<TopicPartition, ? extends org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo> ends) {
            Properties config = readCommitted(bootstrap);
            long records = 0;
            try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
                consumer.assign(partitions);
                for (TopicPartition p : partitions) {
                    OffsetAndMetadata c = committed.get(p);
                    consumer.seek(p, c == null ? 0 : c.offset());
                }
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p).offset()) && System.nanoTime() < deadline) {
                    for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                        if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition())).offset()) {
                            records++;
                        }
                    }
                }
            }
            return records;
        }
    }

    @Command(name = "keys", mixinStandardHelpOptions = true,
            description = "Reads a topic from the start as a read-committed consumer without a group and counts records per key.")
    static final class Keys implements Callable<Integer> {
        @Option(names = "--bootstrap", required = true, description = "Kafka bootstrap servers.")
        String bootstrap;
        @Option(names = "--topic", required = true)
        String topic;
        @Option(names = "--print-keys", description = "Print every key with its count, one per line.")
        boolean printKeys;
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Properties config = readCommitted(bootstrap);
            Map<String, Integer> counts = new HashMap<>();
            long records = 0;
            try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
                List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                        .map(p -> new TopicPartition(topic, p.partition())).toList();
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
                Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
                long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
                while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p)) && System.nanoTime() < deadline) {
                    for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofSeconds(1))) {
                        counts.merge(String.valueOf(record.key()), 1, Integer::sum);
                        records++;
                    }
                }
            }
            long repeated = counts.values().stream().filter(c -> c > 1).count();
            if (printKeys) {
                counts.forEach((key, count) -> out.println(key + "\t" + count));
            }
            out.println("records " + records + " keys " + counts.size() + " repeated " + repeated);
            out.flush();
            return 0;
        }
    }

    private PipelineProbe() {
    }
}
