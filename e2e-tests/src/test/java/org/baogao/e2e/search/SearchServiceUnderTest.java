package org.baogao.e2e.search;

import org.baogao.e2e.Waiting;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.baogao.e2e.E2eApiKey;
import org.baogao.contracts.ContractJson;
import org.baogao.contracts.EnrichedReport;
import org.baogao.search.SearchServiceApplication;
import org.baogao.contracts.TopicNames;
import org.baogao.servers.FreshNames;
import org.baogao.servers.RealServers;
import org.baogao.servers.SharedRealServers;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * One search-service on the shared real Kafka and Elasticsearch, with its own topics, consumer group and index
 * prefix, so nothing another test writes reaches it and totals are exact. Offers what the tests need of it:
 * publish a record, call the API, read the output topics, read the group's committed offsets.
 */
final class SearchServiceUnderTest implements AutoCloseable {
    final RealServers servers = SharedRealServers.get();
    final TopicNames topics = TopicNames.withPrefix(FreshNames.next("search") + ".");
    final String enrichedTopic = topics.enriched();
    final String deadLetterTopic = topics.enrichedDeadLetter();
    final String statusTopic = topics.status();
    final String indexPrefix = FreshNames.next("search-reports");
    final String group = FreshNames.next("search-group");
    final String url;
    private final ConfigurableApplicationContext app;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    SearchServiceUnderTest(String... extraProperties) {
        // As command-line arguments: they outrank every application.yml of other services on the test classpath.
        List<String> props = new ArrayList<>(List.of(
                "server.port=0",
                "spring.jmx.enabled=false",
                "spring.kafka.bootstrap-servers=" + servers.kafkaBootstrap(),
                "baogao.search.elasticsearch.uris=" + servers.elasticsearchUrl(),
                "baogao.search.index-prefix=" + indexPrefix,
                TopicNames.PREFIX_PROPERTY + "=" + topics.prefix(),
                "baogao.search.indexing.consumer-group=" + group,
                "baogao.search.indexing.flush-interval=200ms",
                "baogao.search.indexing.commit-interval=300ms"));
        props.addAll(List.of(extraProperties));
        // A key given twice on the command line would bind as a list of both values: the later one wins here.
        Map<String, String> byKey = new java.util.LinkedHashMap<>();
        for (String p : props) {
            int eq = p.indexOf('=');
            byKey.put(p.substring(0, eq), p.substring(eq + 1));
        }
        app = SearchServiceApplication.builder().run(byKey.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
        url = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
    }

    // ---- Kafka ----

    /** @return the record's offset */
    long publish(EnrichedReport report) {
        return publish(0, report.reportId(), ContractJson.toBytes(report));
    }

    /** Everything goes to one partition so that order between records is the topic's order; returns the offset. */
    long publish(int partition, String key, byte[] value) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers.kafkaBootstrap());
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 16 * 1024 * 1024);
        try (var producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
            return producer.send(new ProducerRecord<>(enrichedTopic, partition, key, value)).get(30, TimeUnit.SECONDS).offset();
        } catch (Exception e) {
            throw new IllegalStateException("publish failed", e);
        }
    }

    List<ConsumerRecord<String, byte[]>> readAll(String topic) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, servers.kafkaBootstrap());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 16 * 1024 * 1024);
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long quietUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
            while (System.nanoTime() < quietUntil) {
                var batch = consumer.poll(Duration.ofMillis(300));
                batch.forEach(records::add);
                if (!batch.isEmpty()) {
                    quietUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
                }
            }
        }
        return records;
    }

    /** Committed offset of the service's group on partition 0 of its input topic (-1 if none). */
    long committedOffset() {
        try (Admin admin = admin()) {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
            OffsetAndMetadata offset = offsets.get(new TopicPartition(enrichedTopic, 0));
            return offset == null ? -1 : offset.offset();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    long endOffset() {
        try (Admin admin = admin()) {
            TopicPartition p0 = new TopicPartition(enrichedTopic, 0);
            return admin.listOffsets(Map.of(p0, OffsetSpec.latest())).partitionResult(p0).get(30, TimeUnit.SECONDS).offset();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers.kafkaBootstrap()));
    }

    // ---- HTTP ----

    record Answer(int status, String contentType, String body) {
        JsonNode json() {
            return ContractJson.mapper().readTree(body);
        }
    }

    Answer get(String path, String... params) {
        StringJoiner query = new StringJoiner("&");
        for (int i = 0; i + 1 < params.length; i += 2) {
            query.add(params[i] + "=" + URLEncoder.encode(params[i + 1], StandardCharsets.UTF_8));
        }
        String target = url + path + (query.length() == 0 ? "" : "?" + query);
        try {
            // Signed: the admin reads (reindex status) need the key; open reads ignore it.
            HttpResponse<String> r = http.send(E2eApiKey.sign(HttpRequest.newBuilder(URI.create(target))).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    JsonNode search(String... params) {
        Answer answer = get("/api/search", params);
        if (answer.status() != 200) {
            throw new AssertionError("search " + String.join(",", params) + " → " + answer.status() + " " + answer.body());
        }
        return answer.json();
    }

    /** Report ids of a search answer's hits, in order. */
    static List<String> ids(JsonNode result) {
        return result.get("hits").valueStream().map(h -> h.get("reportId").asString()).toList();
    }

    long total(String... params) {
        return search(params).get("total").asLong();
    }

    // ---- waiting ----

    static void await(String what, Duration timeout, BooleanSupplier condition) {
        Waiting.until(what, timeout, condition);
    }

    /** Until {@code count} reports are searchable. */
    void awaitIndexed(long count) {
        await(count + " reports searchable", Duration.ofSeconds(60), () -> total("q", "*") >= count);
    }

    @Override
    public void close() {
        app.close();
    }
}
