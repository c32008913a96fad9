package org.baogao.e2e;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.baogao.contracts.ContractJson;
import org.baogao.contracts.FailureKind;
import org.baogao.contracts.Headers;
import org.baogao.contracts.RawReport;
import org.baogao.contracts.ReportIds;
import org.baogao.contracts.Topics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The backbone, end to end, on a real Kafka broker and a real Elasticsearch: a bad record is put on
 * the raw topic first, then the five seeds are posted to ingest-service; each seed becomes searchable
 * through search-service, the bad record is dead-lettered with its reason without holding them up,
 * traditional and simplified queries find the same reports, and a re-posted seed is still one document.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PipelineEndToEndTest {
    private static final Path SEEDS = Path.of("..", "seeds");
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    private static RunningPipeline pipeline;
    private static KafkaProbe kafka;
    private static final Map<String, String> seedIds = new LinkedHashMap<>();
    private static String binaryId;

    @BeforeAll
    static void startAndFeed() throws Exception {
        pipeline = RunningPipeline.get();
        kafka = new KafkaProbe(pipeline.servers.kafkaBootstrap());

        // Ahead of the seeds, on the raw topic: a binary "report" (as a second producer might send) and a
        // payload that is not a RawReport at all. Neither may stall the partitions the seeds follow on.
        byte[] program = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0};
        RawReport binary = RawReport.of("report.txt", "text/plain", program, Instant.now(), Map.of());
        binaryId = binary.reportId();
        for (int p = 0; p < Topics.DEFAULT_PARTITIONS; p++) {
            // Every partition gets a malformed record so every seed queues behind one.
            kafka.send(pipeline.topics.raw(), p, "malformed-" + p, "{not json".getBytes(StandardCharsets.UTF_8));
        }
        kafka.send(pipeline.topics.raw(), binary.reportId(), ContractJson.toBytes(binary));

        try (Stream<Path> files = Files.list(SEEDS)) {
            for (Path seed : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                Http.Answer answer = Http.postFile(pipeline.ingestUrl, seed.getFileName().toString(), Files.readAllBytes(seed));
                assertThat(answer.status()).as(answer.body()).isEqualTo(202);
                String id = answer.json().get("reportId").asString();
                assertThat(id).isEqualTo(ReportIds.of(Files.readAllBytes(seed)));
                seedIds.put(seed.getFileName().toString(), id);
            }
        }
        assertThat(seedIds).hasSize(5);
    }

    @Test
    @Order(1)
    void everySeedBecomesSearchable() {
        for (var seed : seedIds.entrySet()) {
            await("seed " + seed.getKey() + " indexed", () ->
                    "indexed".equals(state(seed.getValue())));
        }
        // "indexed" means Elasticsearch acknowledged the write; searchable follows within the refresh interval.
        await("all five seeds searchable", () -> Http.search(pipeline.searchUrl, "*").json().get("total").asLong() == 5);
        JsonNode all = Http.search(pipeline.searchUrl, "*").json();
        assertThat(all.get("total").asLong()).isEqualTo(5);
        Set<String> found = new TreeSet<>();
        for (JsonNode hit : all.get("hits")) {
            found.add(hit.get("reportId").asString());
            assertThat(hit.get("title").asString()).isNotBlank();
            assertThat(seedIds).containsKey(hit.get("source").get("name").asString());
            assertThat(hit.has("highlights")).isTrue();
        }
        assertThat(found).containsExactlyInAnyOrderElementsOf(seedIds.values());
    }

    @Test
    @Order(2)
    void badRecordsAreDeadLetteredWithAReason() {
        await("binary report failed", () -> "failed".equals(state(binaryId)));
        List<ConsumerRecord<String, byte[]>> dead = kafka.readAll(pipeline.topics.rawDeadLetter(), Duration.ofSeconds(3));
        Map<String, String> kindByKey = new LinkedHashMap<>();
        for (var r : dead) {
            kindByKey.put(r.key(), header(r, Headers.DLQ_KIND));
            assertThat(header(r, Headers.DLQ_REASON)).isNotBlank();
            assertThat(header(r, Headers.DLQ_STAGE)).isEqualTo("extract");
        }
        assertThat(kindByKey).containsEntry(binaryId, FailureKind.UNSUPPORTED_FORMAT.name());
        for (int p = 0; p < Topics.DEFAULT_PARTITIONS; p++) {
            assertThat(kindByKey).containsEntry("malformed-" + p, FailureKind.MALFORMED_PAYLOAD.name());
        }
        JsonNode status = Http.get(pipeline.ingestUrl + "/api/reports/" + binaryId).json();
        assertThat(status.get("reason").asString()).contains("UNSUPPORTED_FORMAT").contains("program");
    }

    @Test
    @Order(3)
    void traditionalAndSimplifiedQueriesFindTheSameReports() {
        everySeedIndexed();
        Set<String> simplified = ids(Http.search(pipeline.searchUrl, "发展").json());
        Set<String> traditional = ids(Http.search(pipeline.searchUrl, "發展").json());
        assertThat(simplified).hasSize(5);
        assertThat(traditional).isEqualTo(simplified);
        JsonNode hit = Http.search(pipeline.searchUrl, "發展").json().get("hits").get(0);
        assertThat(hit.get("highlights").toString()).contains("发展");
    }

    @Test
    @Order(4)
    void aPhraseFromOneSeedFindsOnlyThatSeed() {
        everySeedIndexed();
        // seed 002 is the only one about 武进; searching its phrase must not match the others by characters.
        Set<String> hits = ids(Http.search(pipeline.searchUrl, "烟花爆竹").json());
        assertThat(hits).containsExactly(seedIds.get("002_bab88bf13cc8535d.txt"));
    }

    @Test
    @Order(5)
    void repostingASeedCreatesNoSecondDocument() throws Exception {
        everySeedIndexed();
        Path seed = SEEDS.resolve("001_2e6097f3b5237596.txt");
        Http.Answer again = Http.postFile(pipeline.ingestUrl, seed.getFileName().toString(), Files.readAllBytes(seed));
        assertThat(again.status()).isEqualTo(202);
        assertThat(again.json().get("reportId").asString()).isEqualTo(seedIds.get(seed.getFileName().toString()));
        await("extract and search caught up", () -> caughtUp(pipeline.extractGroup, pipeline.topics.raw()) && caughtUp(pipeline.searchGroup, pipeline.topics.enriched()));
        assertThat(Http.search(pipeline.searchUrl, "*").json().get("total").asLong()).isEqualTo(5);
    }

    @Test
    @Order(6)
    void archivesAndEmptyUploadsAreRefusedWithAProblem() {
        // gzip of "政府工作报告": an archive, which no stage unpacks (a photo would be read by OCR).
        byte[] gzip = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 0x7b, 0x3a, (byte) 0xbb, (byte) 0xfb, (byte) 0xc9,
                (byte) 0xd9, 0x53, 0x1f, (byte) 0x37, 0x3c, (byte) 0xef, 0x7a, (byte) 0xba, (byte) 0xfd, (byte) 0xc9,
                (byte) 0xd6, 0x67, 0x3b, 0x56, 0x01, 0x00, 0x6d, 0x2d, 0x54, (byte) 0xa4, 0x12, 0, 0, 0};
        Http.Answer binary = Http.postFile(pipeline.ingestUrl, "reports.gz", gzip);
        assertThat(binary.status()).isEqualTo(415);
        assertThat(binary.contentType()).contains("application/problem+json");
        assertThat(binary.json().get("detectedType").asString()).isEqualTo("application/gzip");
        assertThat(binary.json().get("detail").asString()).contains("unpack");
        Http.Answer empty = Http.postFile(pipeline.ingestUrl, "empty.txt", new byte[0]);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.contentType()).contains("application/problem+json");
    }

    private void everySeedIndexed() {
        for (String id : seedIds.values()) {
            await("seed indexed", () -> "indexed".equals(state(id)));
        }
        await("all five seeds searchable", () -> Http.search(pipeline.searchUrl, "*").json().get("total").asLong() >= 5);
    }

    private static String state(String reportId) {
        Http.Answer a = Http.get(pipeline.ingestUrl + "/api/reports/" + reportId);
        return a.status() == 200 ? a.json().get("state").asString() : "unknown (" + a.status() + ")";
    }

    private static boolean caughtUp(String group, String topic) {
        try {
            return kafka.caughtUp(group, topic);
        } catch (Exception e) {
            return false;
        }
    }

    private static Set<String> ids(JsonNode result) {
        Set<String> ids = new TreeSet<>();
        result.get("hits").forEach(h -> ids.add(h.get("reportId").asString()));
        return ids;
    }

    private static String header(ConsumerRecord<String, byte[]> r, String name) {
        var h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static void await(String what, BooleanSupplier condition) {
        Waiting.until(what, PATIENCE, condition);
    }
}
