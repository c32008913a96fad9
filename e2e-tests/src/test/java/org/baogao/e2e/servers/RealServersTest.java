package org.baogao.e2e.servers;

import org.baogao.servers.FreshNames;
import org.baogao.servers.RealServers;
import org.baogao.servers.SharedRealServers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * The shared real Kafka and Elasticsearch (started once per test run, in this module only) used as the services will:
 * a record through a fresh topic, a document through a fresh index.
 */
class RealServersTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void kafkaCarriesARecordThroughAFreshTopic() throws Exception {
        RealServers servers = SharedRealServers.get();
        String topic = FreshNames.next("reports-raw");
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers.kafkaBootstrap()))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        String report = "2024年政府工作报告：国内生产总值增长5%左右。";
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers.kafkaBootstrap(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "gd-2024", report)).get(30, TimeUnit.SECONDS);
        }
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers.kafkaBootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG, FreshNames.next("it-group"),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(Set.of(topic));
            List<ConsumerRecord<String, String>> received = new ArrayList<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (received.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(received::add);
            }
            assertThat(received).singleElement().satisfies(record -> {
                assertThat(record.key()).isEqualTo("gd-2024");
                assertThat(record.value()).isEqualTo(report);
            });
        }
    }

    @Test
    void kafkaAcceptsRecordsUpToTheContractLimit() throws Exception {
        RealServers servers = SharedRealServers.get();
        String topic = FreshNames.next("big-records");
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers.kafkaBootstrap()))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        byte[] tenMegabytes = new byte[10 * 1024 * 1024];
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers.kafkaBootstrap(),
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 16 * 1024 * 1024), new ByteArraySerializer(), new ByteArraySerializer())) {
            assertThat(producer.send(new ProducerRecord<>(topic, tenMegabytes)).get(30, TimeUnit.SECONDS).offset())
                    .isZero();
        }
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers.kafkaBootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG, FreshNames.next("it-big"),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(Set.of(topic));
            int size = -1;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (size < 0 && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    size = record.value().length;
                }
            }
            assertThat(size).isEqualTo(tenMegabytes.length);
        }
    }

    @Test
    void elasticsearchIndexesAndFindsADocumentInAFreshIndex() throws Exception {
        RealServers servers = SharedRealServers.get();
        String index = FreshNames.next("reports");
        String url = servers.elasticsearchUrl();

        HttpResponse<String> created = send("PUT", url + "/" + index + "/_doc/gd-2024?refresh=true",
                "{\"title\":\"广东省政府工作报告\",\"year\":2024,\"body\":\"新质生产力 高质量发展\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        HttpResponse<String> found = send("POST", url + "/" + index + "/_search",
                "{\"query\":{\"match\":{\"body\":\"生产力\"}}}");
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        assertThat(found.body()).contains("\"_id\":\"gd-2024\"").contains("广东省政府工作报告");

        HttpResponse<String> missing = send("POST", url + "/" + index + "/_search",
                "{\"query\":{\"match\":{\"body\":\"农业\"}}}");
        assertThat(missing.body()).contains("\"hits\":[]");

        assertThat(send("DELETE", url + "/" + index, null).statusCode()).isEqualTo(200);
    }

    private static HttpResponse<String> send(String method, String url, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json");
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
