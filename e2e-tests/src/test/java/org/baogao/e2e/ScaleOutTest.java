package org.baogao.e2e;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.baogao.contracts.ContractJson;
import org.baogao.contracts.RawReport;
import org.baogao.contracts.TopicNames;
import org.baogao.extract.ExtractApplication;
import org.baogao.search.SearchServiceApplication;
import org.baogao.servers.FreshNames;
import org.baogao.servers.RealServers;
import org.baogao.servers.SharedRealServers;
import org.baogao.servers.process.FreePorts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scale-out on the engines we use: two extract-service and two search-service processes (separate JVMs, as
 * replicas run) share the partitions of their consumer groups; one of each is killed with SIGKILL while reports
 * flow. Every report must still be indexed, and the enriched topic, read committed, must hold each report once:
 * the killed extract instance's open transaction is aborted, never half-visible.
 */
class ScaleOutTest {
    private static final int REPORTS = 90;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final RealServers servers = SharedRealServers.get();
    private final TopicNames topics = TopicNames.withPrefix(FreshNames.next("scale") + ".");
    private final String indexPrefix = FreshNames.next("scale-reports");
    private final String extractGroup = FreshNames.next("scale-extract");
    private final String searchGroup = FreshNames.next("scale-search");
    private final List<Instance> instances = new ArrayList<>();

    /** One service in a JVM of its own, started from this test's classpath. */
    private record Instance(String name, Process process, int port, Path log) {
        boolean ready() {
            try {
                return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    @AfterEach
    void stopAll() {
        instances.forEach(i -> i.process().destroyForcibly());
    }

    @Test
    void twoInstancesOfEachStageShareThePartitionsAndLoseNothingWhenOneOfEachIsKilled() throws Exception {
        // One consumer thread per instance, so each instance is one member of its group.
        String[] extract = {"--baogao.extract.group-id=" + extractGroup, "--spring.kafka.listener.concurrency=1"};
        Instance extractA = start("extract-a", ExtractApplication.class, extract);
        Instance extractB = start("extract-b", ExtractApplication.class, extract);
        String[] search = {"--baogao.search.elasticsearch.uris=" + servers.elasticsearchUrl(),
                "--baogao.search.index-prefix=" + indexPrefix, "--baogao.search.indexing.consumer-group=" + searchGroup};
        Instance searchC = start("search-c", SearchServiceApplication.class, search);
        Instance searchD = start("search-d", SearchServiceApplication.class, search);
        for (Instance instance : instances) {
            await(Duration.ofMinutes(4), instance::ready, instance.name() + " ready (log " + instance.log() + ")");
        }
        await(Duration.ofMinutes(2), () -> members(extractGroup) == 2 && members(searchGroup) == 2,
                "both groups with two members");

        List<String> ids = new ArrayList<>();
        try (KafkaProducer<String, byte[]> producer = producer()) {
            for (int i = 0; i < REPORTS; i++) {
                RawReport raw = RawReport.of("scale-" + i + ".txt", "text/plain",
                        ("2025年政府工作报告（第" + i + "份）\n各位代表：今年地区生产总值增长5%左右，城镇新增就业" + (10 + i)
                                + "万人以上。\n").getBytes(StandardCharsets.UTF_8), Instant.now(), Map.of());
                ids.add(raw.reportId());
                producer.send(new ProducerRecord<>(topics.raw(), raw.reportId(), ContractJson.toBytes(raw))).get(30, TimeUnit.SECONDS);
                if (i == REPORTS / 3) {
                    // mid-stream: one of each stage dies without a goodbye
                    extractA.process().destroyForcibly();
                    searchC.process().destroyForcibly();
                }
            }
        }

        await(Duration.ofMinutes(4), () -> indexed(ids) == ids.size(), "all " + ids.size() + " reports indexed");
        assertThat(indexed(ids)).isEqualTo(REPORTS);
        Map<String, Integer> enriched = enrichedReadCommitted();
        assertThat(ids).allSatisfy(id -> assertThat(enriched.get(id)).as("enriched records of " + id).isEqualTo(1));
        assertThat(extractB.process().isAlive()).isTrue();
        assertThat(searchD.process().isAlive()).isTrue();
    }

    private Instance start(String name, Class<?> main, String... extra) throws IOException {
        int port = FreePorts.pick();
        Path log = Files.createTempFile("baogao-" + name + "-", ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-cp", System.getProperty("java.class.path"), main.getName(),
                "--server.port=" + port, "--spring.kafka.bootstrap-servers=" + servers.kafkaBootstrap(),
                "--spring.jmx.enabled=false", "--" + TopicNames.PREFIX_PROPERTY + "=" + topics.prefix()));
        command.addAll(List.of(extra));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("BAOGAO_API_KEY", E2eApiKey.VALUE);
        Instance instance = new Instance(name, builder.start(), port, log);
        instances.add(instance);
        return instance;
    }

    private int members(String group) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers.kafkaBootstrap()))) {
            return admin.describeConsumerGroups(List.of(group)).all().get(10, TimeUnit.SECONDS).get(group).members().size();
        } catch (Exception e) {
            return 0;
        }
    }

    private long indexed(List<String> ids) {
        String body = "{\"query\":{\"ids\":{\"values\":[\"" + String.join("\",\"", ids) + "\"]}}}";
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(servers.elasticsearchUrl() + "/" + indexPrefix + "/_count"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 ? ContractJson.mapper().readTree(r.body()).path("count").asLong() : 0;
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private Map<String, Integer> enrichedReadCommitted() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers.kafkaBootstrap());
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        Map<String, Integer> counts = new HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topics.enriched()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p)) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    counts.merge(record.key(), 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    private KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers.kafkaBootstrap(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                new StringSerializer(), new ByteArraySerializer());
    }

    private static void await(Duration timeout, BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(deadline);
            Thread.sleep(1000);
        }
    }
}
