package org.baogao.e2e.search;

import org.baogao.e2e.E2eApiKey;
import org.baogao.contracts.ContractJson;
import org.baogao.contracts.EnrichedReport;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.baogao.e2e.search.SearchServiceUnderTest.await;

/**
 * {@code POST /api/admin/reindex} on a real broker and a real Elasticsearch: the index is rebuilt from the
 * enriched topic into a new concrete index, the alias moves to it, the old index goes, searches answer with
 * full totals all the while, and a report published while the job runs ends up searchable.
 */
class ReindexTest {
    private static final int GOOD_REPORTS = 6;
    private static SearchServiceUnderTest service;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() {
        service = new SearchServiceUnderTest();
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.close();
        }
    }

    private static final String[][] CITIES = {
            {"无锡市", "320200", "无锡市加快建设太湖湾科技创新带，集成电路产业规模突破两千亿元。"},
            {"徐州市", "320300", "徐州市推进工程机械产业集群发展，建设淮海经济区中心城市。"},
            {"南通市", "320600", "南通市推进沪苏通跨江融合，打造长江经济带重要节点城市。"},
            {"扬州市", "321000", "扬州市保护运河文化遗产，发展文化旅游和生物医药产业。"},
            {"嘉兴市", "330400", "嘉兴市深化长三角一体化示范区建设，发展数字经济和新材料产业。"},
            {"绍兴市", "330600", "绍兴市推动纺织印染产业改造提升，建设现代化先进制造业基地。"},
    };

    @Test
    void rebuildsBehindTheAliasWithoutDowntime() throws Exception {
        List<String> goodIds = new ArrayList<>();
        for (int i = 0; i < GOOD_REPORTS; i++) {
            String[] city = CITIES[i];
            String province = city[1].startsWith("32") ? "江苏省" : "浙江省";
            EnrichedReport report = TestReports.report("reindex-" + i + ".txt").title("2024年" + city[0] + "政府工作报告")
                    .region(new org.baogao.contracts.Region(city[0], org.baogao.contracts.Region.CITY, province, city[1]))
                    .year(2024).text(city[2]).build();
            service.publish(report);
            goodIds.add(report.reportId());
        }
        // both are refused by the live indexer too: not JSON at all, and a date the mapping cannot take
        service.publish(0, "reindex-broken", "{\"reportId\": \"reindex-broken\", \"title\": \"没有结尾".getBytes(StandardCharsets.UTF_8));
        service.publish(TestReports.report("reindex-baddate.txt").title("日期写错的报告").region(TestReports.WUJIN).year(2024)
                .publishedAt("2024年1月").text("武进区建设长三角先进制造业基地。").build());
        await("reports indexed and the bad ones dead-lettered", Duration.ofSeconds(60),
                () -> service.total("q", "*") == GOOD_REPORTS && service.committedOffset() == service.endOffset());
        String oldIndex = indexBehindAlias();

        SearchPoller poller = new SearchPoller();
        poller.start();
        HttpResponse<String> started = post("/api/admin/reindex");
        assertThat(started.statusCode()).isEqualTo(202);
        JsonNode startedBody = ContractJson.mapper().readTree(started.body());
        String jobId = startedBody.get("jobId").asString();
        String statusUrl = startedBody.get("statusUrl").asString();
        assertThat(statusUrl).isEqualTo("/api/admin/reindex/" + jobId);
        assertThat(started.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(statusUrl));

        // only one at a time
        HttpResponse<String> second = post("/api/admin/reindex");
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(second.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
        assertThat(ContractJson.mapper().readTree(second.body()).get("running").asString()).isEqualTo(jobId);

        // reports keep arriving while the job runs: the copy, the catch-up or the live indexer must bring each in
        Publisher publisher = new Publisher();
        publisher.start();

        Set<String> phases = new LinkedHashSet<>();
        JsonNode status = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            SearchServiceUnderTest.Answer answer = service.get(statusUrl);
            assertThat(answer.status()).isEqualTo(200);
            status = answer.json();
            phases.add(status.get("phase").asString());
            if (!status.get("state").asString().equals("running")) {
                break;
            }
            Thread.sleep(20);
        }
        poller.stop();
        List<String> during = publisher.stop();

        assertThat(status).isNotNull();
        assertThat(status.get("state").asString()).as(status.toString()).isEqualTo("done");
        assertThat(status.get("error").isNull()).isTrue();
        assertThat(status.get("oldIndex").valueStream().map(JsonNode::asString).toList()).containsExactly(oldIndex);
        String newIndex = status.get("newIndex").asString();
        assertThat(newIndex).isNotEqualTo(oldIndex).matches(service.indexPrefix + "-v" + IndexNames.MAPPING_VERSION + "-\\d{14}");
        assertThat(status.get("rejected").asLong()).as(status.toString()).isEqualTo(2);
        assertThat(status.get("rejections").valueStream().map(r -> r.get("reason").asString()))
                .anySatisfy(reason -> assertThat(reason).startsWith("malformed payload"))
                .anySatisfy(reason -> assertThat(reason).contains("parsing_exception"));
        long read = status.get("read").asLong();
        assertThat(during).as("reports published while the job ran").isNotEmpty();
        assertThat(read).as("every record of the topic up to the swap, some published during the job too")
                .isBetween((long) GOOD_REPORTS + 2, (long) GOOD_REPORTS + 2 + during.size());
        assertThat(status.get("total").asLong()).as("one partition, no gaps: offsets = records").isEqualTo(read);
        assertThat(status.get("indexed").asLong()).isEqualTo(read - 2);
        assertThat(status.get("startedAt").asString()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
        assertThat(status.get("finishedAt").asString()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
        assertThat(phases).contains("done");

        // the alias has moved, the old index is gone
        assertThat(indexBehindAlias()).isEqualTo(newIndex);
        assertThat(es("/" + oldIndex).statusCode()).isEqualTo(404);

        // searches never failed and never lost reports while the job ran
        assertThat(poller.errors).as("failed searches during the reindex").isEmpty();
        assertThat(poller.requests.get()).as("searches made during the reindex").isPositive();
        assertThat(poller.minTotal.get()).as("smallest total seen during the reindex").isGreaterThanOrEqualTo(GOOD_REPORTS);

        // everything is in the new index, and the live indexer writes there now
        EnrichedReport after = TestReports.report("reindex-after.txt").title("2024年苏州市政府工作报告").region(TestReports.SUZHOU)
                .year(2024).text("苏州市推进开放型经济高质量发展，实际使用外资保持稳定。").build();
        service.publish(after);
        long expected = GOOD_REPORTS + during.size() + 1;
        await("all reports searchable in the new index", Duration.ofSeconds(60), () -> service.total("q", "*") == expected);
        for (String id : goodIds) {
            assertThat(service.get("/api/reports/" + id).status()).as(id).isEqualTo(200);
        }
        for (String id : during) {
            assertThat(service.get("/api/reports/" + id).status()).as("published during the reindex: " + id).isEqualTo(200);
        }
        assertThat(service.get("/api/reports/" + after.reportId()).status()).isEqualTo(200);
        assertThat(ContractJson.mapper().readTree(es("/" + newIndex + "/_count").body()).get("count").asLong())
                .isEqualTo(expected);
        assertThat(service.total("q", "动力电池")).isEqualTo(during.size());
        // the derived fields were built like the live indexer's: a region filter through the derived region path
        assertThat(service.total("q", "*", "region", "320000")).isEqualTo(4 + during.size() + 1);
    }

    @Test
    void keepOldLeavesThePreviousIndexForARollback() throws Exception {
        try (SearchServiceUnderTest keeping = new SearchServiceUnderTest("baogao.search.reindex.keep-old=true")) {
            EnrichedReport report = TestReports.report("reindex-keep.txt").title("2023年宁波市政府工作报告").region(TestReports.NINGBO)
                    .year(2023).text("宁波市建设世界一流强港，舟山港货物吞吐量稳居世界第一。").build();
            keeping.publish(report);
            keeping.awaitIndexed(1);
            String oldIndex = indexBehindAlias(keeping);

            HttpResponse<String> started = post(keeping, "/api/admin/reindex");
            assertThat(started.statusCode()).isEqualTo(202);
            String statusUrl = ContractJson.mapper().readTree(started.body()).get("statusUrl").asString();
            await("reindex finished", Duration.ofSeconds(120),
                    () -> !keeping.get(statusUrl).json().get("state").asString().equals("running"));

            JsonNode status = keeping.get(statusUrl).json();
            assertThat(status.get("state").asString()).as(status.toString()).isEqualTo("done");
            String newIndex = indexBehindAlias(keeping);
            assertThat(newIndex).isEqualTo(status.get("newIndex").asString()).isNotEqualTo(oldIndex);
            assertThat(ContractJson.mapper().readTree(es("/" + oldIndex + "/_count").body()).get("count").asLong())
                    .as("the old index is kept, with its documents").isEqualTo(1);
            assertThat(keeping.total("q", "吞吐量")).as("searched through the alias: no duplicates from the kept index")
                    .isEqualTo(1);
        }
    }

    @Test
    void repairsADeletedIndexThatStoppedTheLiveIndexer() throws Exception {
        try (SearchServiceUnderTest broken = new SearchServiceUnderTest()) {
            EnrichedReport before = TestReports.report("reindex-repair-1.txt").title("2023年杭州市政府工作报告").region(TestReports.HANGZHOU)
                    .year(2023).text("杭州市办好亚运会，数字经济核心产业增加值持续增长。").build();
            broken.publish(before);
            broken.awaitIndexed(1);
            String lost = indexBehindAlias(broken);
            assertThat(http.send(HttpRequest.newBuilder(URI.create(broken.servers.elasticsearchUrl() + "/" + lost)).DELETE().build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
            EnrichedReport after = TestReports.report("reindex-repair-2.txt").title("2024年杭州市政府工作报告").region(TestReports.HANGZHOU)
                    .year(2024).text("杭州市建设具有全球影响力的创新策源地。").build();
            broken.publish(after);
            await("the live indexer stops on the missing alias", Duration.ofSeconds(60),
                    () -> broken.get("/actuator/health").status() == 503);

            HttpResponse<String> started = post(broken, "/api/admin/reindex");
            assertThat(started.statusCode()).isEqualTo(202);
            String statusUrl = ContractJson.mapper().readTree(started.body()).get("statusUrl").asString();
            await("reindex finished", Duration.ofSeconds(120),
                    () -> !broken.get(statusUrl).json().get("state").asString().equals("running"));

            JsonNode status = broken.get(statusUrl).json();
            assertThat(status.get("state").asString()).as(status.toString()).isEqualTo("done");
            assertThat(status.get("oldIndex").isEmpty()).isTrue();
            assertThat(indexBehindAlias(broken)).isEqualTo(status.get("newIndex").asString());
            assertThat(broken.total("q", "*")).as("both reports, the one the live indexer could not write too").isEqualTo(2);
            assertThat(broken.get("/api/reports/" + after.reportId()).status()).isEqualTo(200);
        }
    }

    @Test
    void aReindexWithoutTheKeyIs401AndStartsNothingWhileSearchStaysOpen() throws Exception {
        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create(service.url + "/api/admin/reindex"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        HttpResponse<String> wrongKey = http.send(HttpRequest.newBuilder(URI.create(service.url + "/api/admin/reindex"))
                .header("X-API-Key", "guessed").POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(wrongKey.statusCode()).isEqualTo(401);
        HttpResponse<String> search = http.send(HttpRequest.newBuilder(URI.create(service.url + "/api/search?q=%E5%8F%91%E5%B1%95")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(search.statusCode()).isEqualTo(200);
    }

    @Test
    void unknownJobIsAProblem() {
        SearchServiceUnderTest.Answer answer = service.get("/api/admin/reindex/no-such-job");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).contains("application/problem+json");
        assertThat(answer.json().get("detail").asString()).contains("no-such-job");
    }

    @Test
    void documentedInOpenApi() {
        JsonNode paths = service.get("/v3/api-docs").json().get("paths");

        assertThat(paths.has("/api/admin/reindex")).isTrue();
        assertThat(paths.get("/api/admin/reindex").has("post")).isTrue();
        assertThat(paths.get("/api/admin/reindex").get("post").get("responses").has("409")).isTrue();
        assertThat(paths.get("/api/admin/reindex/{jobId}").has("get")).isTrue();
    }

    /** Publishes a new 常州 report every 150 ms until stopped; returns their ids. */
    private static final class Publisher {
        private final List<String> ids = Collections.synchronizedList(new ArrayList<>());
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread = new Thread(this::publish, "reindex-publisher");

        void start() {
            thread.start();
        }

        List<String> stop() throws InterruptedException {
            running.set(false);
            thread.join(Duration.ofSeconds(30).toMillis());
            return List.copyOf(ids);
        }

        private void publish() {
            for (int i = 0; running.get() || i == 0; i++) {
                EnrichedReport report = TestReports.report("reindex-during-" + i + ".txt").title("常州市政府工作报告 第" + i + "稿")
                        .region(TestReports.CHANGZHOU).year(2024)
                        .text("常州市打造新能源之都，动力电池产业链持续壮大，第" + i + "稿。").build();
                service.publish(report);
                ids.add(report.reportId());
                try {
                    Thread.sleep(150);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    /** Searches for everything as fast as it can until stopped, remembering failures and the smallest total. */
    private final class SearchPoller {
        final List<String> errors = Collections.synchronizedList(new ArrayList<>());
        final AtomicLong minTotal = new AtomicLong(Long.MAX_VALUE);
        final AtomicInteger requests = new AtomicInteger();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread = new Thread(this::poll, "reindex-search-poller");

        void start() {
            thread.start();
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join(Duration.ofSeconds(30).toMillis());
        }

        private void poll() {
            while (running.get()) {
                try {
                    SearchServiceUnderTest.Answer answer = service.get("/api/search", "q", "*");
                    requests.incrementAndGet();
                    if (answer.status() != 200) {
                        errors.add(answer.status() + " " + answer.body());
                    } else {
                        minTotal.accumulateAndGet(answer.json().get("total").asLong(), Math::min);
                    }
                } catch (RuntimeException e) {
                    errors.add(e.toString());
                }
            }
        }
    }

    private String indexBehindAlias() throws Exception {
        return indexBehindAlias(service);
    }

    private String indexBehindAlias(SearchServiceUnderTest service) throws Exception {
        HttpResponse<String> alias = es("/_alias/" + service.indexPrefix);
        assertThat(alias.statusCode()).as(alias.body()).isEqualTo(200);
        JsonNode indices = ContractJson.mapper().readTree(alias.body());
        assertThat(indices.propertyNames()).hasSize(1);
        String index = indices.propertyNames().iterator().next();
        assertThat(indices.get(index).get("aliases").get(service.indexPrefix).path("is_write_index").asBoolean())
                .as("the alias writes to its index").isTrue();
        return index;
    }

    private HttpResponse<String> es(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(service.servers.elasticsearchUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String path) throws Exception {
        return post(service, path);
    }

    private HttpResponse<String> post(SearchServiceUnderTest service, String path) throws Exception {
        return http.send(E2eApiKey.sign(HttpRequest.newBuilder(URI.create(service.url + path))).POST(HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
