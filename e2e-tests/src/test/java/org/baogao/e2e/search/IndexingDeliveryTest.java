package org.baogao.e2e.search;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.baogao.contracts.ContractJson;
import org.baogao.contracts.EnrichedReport;
import org.baogao.contracts.Headers;
import org.baogao.contracts.ReportStatus;
import org.baogao.search.index.IndexNames;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.baogao.e2e.search.SearchServiceUnderTest.await;
import static org.baogao.e2e.search.SearchServiceUnderTest.ids;

/**
 * The indexing backbone on a real broker and a real Elasticsearch: what reaches the index, what reaches the
 * dead-letter topic with which headers, what the status topic says, and that the committed offset only moves
 * over records whose outcome is durable.
 */
class IndexingDeliveryTest {
    private static SearchServiceUnderTest service;

    @BeforeAll
    static void start() {
        // A backlog limit of 2 makes consumption pause and resume all the time in these tests.
        service = new SearchServiceUnderTest("baogao.search.indexing.max-pending=2");
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void startUpCreatesTemplateVersionedIndexAndAlias() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String es = service.servers.elasticsearchUrl();
        HttpResponse<String> alias = http.send(HttpRequest.newBuilder(URI.create(es + "/_alias/" + service.indexPrefix)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(alias.statusCode()).isEqualTo(200);
        JsonNode indices = ContractJson.mapper().readTree(alias.body());
        assertThat(indices.propertyNames()).singleElement().asString().matches(service.indexPrefix + "-v" + IndexNames.MAPPING_VERSION + "-\\d{14}");
        HttpResponse<String> template = http.send(HttpRequest.newBuilder(
                URI.create(es + "/_index_template/" + service.indexPrefix + "-v" + IndexNames.MAPPING_VERSION)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(template.statusCode()).isEqualTo(200);
        assertThat(template.body()).contains("\"whitespace\"").contains("\"nested\"");
    }

    @Test
    void badRecordsAreDeadLetteredWithoutHoldingUpGoodOnes() {
        EnrichedReport before = TestReports.report("dl-before.txt").title("前面的报告").region(TestReports.SUZHOU).year(2023)
                .text("苏州市推进开放型经济高质量发展，实际使用外资保持稳定。").build();
        byte[] brokenJson = "{\"reportId\": \"0000broken\", \"title\": \"未完".getBytes(StandardCharsets.UTF_8);
        EnrichedReport badDate = TestReports.report("dl-baddate.txt").title("日期写错的报告").region(TestReports.WUJIN).year(2023)
                .publishedAt("2023年2月").text("武进区加快发展智能制造，打造先进制造业集群。").build();
        EnrichedReport after = TestReports.report("dl-after.txt").title("后面的报告").region(TestReports.ZHONGLOU).year(2023)
                .text("钟楼区推动城市更新，建设宜居宜业的品质城区。").build();
        service.publish(before);
        long brokenOffset = service.publish(0, "broken-key", brokenJson);
        long badDateOffset = service.publish(badDate);
        service.publish(after);
        long end = service.endOffset();

        // every record's outcome is durable, so the group commits past all of them
        await("offset committed to the end", Duration.ofSeconds(60), () -> service.committedOffset() == end);
        // acknowledged means durable; searchable after the next refresh (1 s)
        await("good reports searchable", Duration.ofSeconds(10),
                () -> ids(service.search("q", "*", "size", "100")).containsAll(List.of(before.reportId(), after.reportId())));
        assertThat(ids(service.search("q", "*", "size", "100"))).doesNotContain(badDate.reportId());

        List<ConsumerRecord<String, byte[]>> dead = service.readAll(service.deadLetterTopic);
        ConsumerRecord<String, byte[]> malformed = byKey(dead, "broken-key").orElseThrow();
        assertThat(malformed.value()).isEqualTo(brokenJson);
        assertThat(header(malformed, Headers.DLQ_KIND)).isEqualTo("MALFORMED_PAYLOAD");
        assertThat(header(malformed, Headers.DLQ_STAGE)).isEqualTo("search");
        assertThat(header(malformed, Headers.DLQ_ORIGINAL_TOPIC)).isEqualTo(service.enrichedTopic);
        assertThat(header(malformed, Headers.DLQ_ORIGINAL_OFFSET)).isEqualTo(Long.toString(brokenOffset));
        assertThat(header(malformed, Headers.DLQ_REASON)).isNotBlank();

        ConsumerRecord<String, byte[]> rejected = byKey(dead, badDate.reportId()).orElseThrow();
        assertThat(rejected.value()).isEqualTo(ContractJson.toBytes(badDate));
        assertThat(header(rejected, Headers.DLQ_KIND)).isEqualTo("REJECTED_BY_INDEX");
        assertThat(header(rejected, Headers.DLQ_REASON)).contains("publishedAt");
        assertThat(header(rejected, Headers.DLQ_ORIGINAL_OFFSET)).isEqualTo(Long.toString(badDateOffset));
        assertThat(header(rejected, Headers.DLQ_FAILED_AT)).isNotBlank();

        List<ConsumerRecord<String, byte[]>> statuses = service.readAll(service.statusTopic);
        ReportStatus indexed = status(statuses, before.reportId() + "/search");
        assertThat(indexed.state()).isEqualTo(ReportStatus.State.INDEXED);
        assertThat(indexed.sourceName()).isEqualTo("dl-before.txt");
        ReportStatus failed = status(statuses, badDate.reportId() + "/search");
        assertThat(failed.state()).isEqualTo(ReportStatus.State.FAILED);
        assertThat(failed.reason()).contains("REJECTED_BY_INDEX");
    }

    @Test
    void theSameReportTwiceIsOneDocument() {
        EnrichedReport report = TestReports.report("twice.txt").title("重复发送的报告").region(TestReports.CHANGZHOU).year(2024)
                .text("常州市打造新能源之都，动力电池产业链加快集聚。").build();
        service.publish(report);
        service.publish(report);
        long end = service.endOffset();
        await("both copies handled", Duration.ofSeconds(60), () -> service.committedOffset() == end);
        await("searchable", Duration.ofSeconds(10), () -> service.total("q", "动力电池产业链") > 0);
        assertThat(service.total("q", "动力电池产业链")).isEqualTo(1);
        JsonNode stored = service.get("/api/reports/" + report.reportId()).json();
        assertThat(stored.get("text").asString()).isEqualTo(report.text());
        assertThat(stored.has("search")).isFalse();
    }

    @Test
    void consumptionPausedByABacklogResumes() {
        List<EnrichedReport> burst = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            burst.add(TestReports.report("burst-" + i + ".txt").title("批量报告" + i).region(TestReports.SUZHOU).year(2020 + i % 4)
                    .text("苏州市第" + i + "号报告：推进城乡融合发展，建设美丽乡村示范村。").build());
        }
        burst.forEach(service::publish);
        long end = service.endOffset();
        await("burst handled", Duration.ofSeconds(90), () -> service.committedOffset() == end);
        await("burst searchable", Duration.ofSeconds(10), () -> service.total("q", "美丽乡村示范村") == burst.size());
    }

    private static Optional<ConsumerRecord<String, byte[]>> byKey(List<ConsumerRecord<String, byte[]>> records, String key) {
        return records.stream().filter(r -> key.equals(r.key())).findFirst();
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static ReportStatus status(List<ConsumerRecord<String, byte[]>> records, String key) {
        return ContractJson.fromBytes(byKey(records, key).orElseThrow(() -> new AssertionError("no status " + key)).value(),
                ReportStatus.class);
    }
}
