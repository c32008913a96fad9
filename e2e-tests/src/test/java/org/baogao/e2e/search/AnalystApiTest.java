package org.baogao.e2e.search;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.baogao.e2e.E2eApiKey;
import org.baogao.contracts.Alert;
import org.baogao.contracts.ContractJson;
import org.baogao.contracts.EnrichedReport;
import org.baogao.contracts.Region;
import org.baogao.contracts.Target;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.baogao.e2e.search.TestReports.CHANGZHOU;
import static org.baogao.e2e.search.TestReports.JIANGSU;
import static org.baogao.e2e.search.TestReports.WUJIN;
import static org.baogao.e2e.search.TestReports.ZHONGLOU;

/**
 * What an analyst asks of the API, on a real Kafka and Elasticsearch: URLs typed with raw Chinese, regions by
 * name with report counts, which regions raised or lowered a target, the sentence behind each number, and a
 * watch that fires (on the alerts topic and in the list) when a matching report is indexed, and survives a restart.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnalystApiTest {
    static final Region ZHEJIANG = new Region("浙江省", Region.PROVINCE, null, "330000");
    static final Region ANHUI = new Region("安徽省", Region.PROVINCE, null, "340000");

    private static SearchServiceUnderTest service;
    private static EnrichedReport cz2020;
    private static EnrichedReport cz2021;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void indexCorpus() {
        service = new SearchServiceUnderTest();
        List<EnrichedReport> corpus = new ArrayList<>();
        // It also states a 2021 target: the comparison takes the one of the 2021 report, where it belongs, though
        // this report's id is the smaller one.
        cz2020 = TestReports.report("cz-2020.txt").title("2020年常州市政府工作报告").region(CHANGZHOU).year(2020)
                .text("今年全市经济社会发展的主要预期目标是：地区生产总值增长6.5%左右。到2021年，力争地区生产总值增长8%。")
                .target("gdp", "地区生产总值", Target.TARGET, 6.5, null, null, "%", Target.APPROX, 2020, "地区生产总值增长6.5%左右")
                .target("gdp", "地区生产总值", Target.TARGET, 8.0, null, null, "%", Target.EQ, 2021, "力争地区生产总值增长8%")
                .build();
        corpus.add(cz2020);
        cz2021 = TestReports.report("cz-2021.txt").title("2021年常州市政府工作报告").region(CHANGZHOU).year(2021)
                .text("过去一年，全市地区生产总值增长4.5%。今年主要预期目标是：地区生产总值增长7%左右，城镇新增就业10万人以上。")
                .target("gdp", "地区生产总值", Target.ACHIEVEMENT, 4.5, null, null, "%", Target.EQ, 2020, "全市地区生产总值增长4.5%")
                .target("gdp", "地区生产总值", Target.TARGET, 7.0, null, null, "%", Target.APPROX, 2021, "地区生产总值增长7%左右")
                .target("urban_new_jobs", "城镇新增就业", Target.TARGET, 100000.0, null, null, "人", Target.GTE, 2021, "城镇新增就业10万人以上")
                .build();
        corpus.add(cz2021);
        corpus.add(TestReports.report("zl-2020.txt").title("钟楼区2020年政府工作报告").region(ZHONGLOU).year(2020)
                .text("地区生产总值增长6%。").target("gdp", "地区生产总值", Target.TARGET, 6.0, null, null, "%", Target.EQ, 2020, "地区生产总值增长6%")
                .build());
        corpus.add(TestReports.report("zl-2021.txt").title("钟楼区2021年政府工作报告").region(ZHONGLOU).year(2021)
                .text("全区地区生产总值增长6%。").target("gdp", "地区生产总值", Target.TARGET, 6.0, null, null, "%", Target.EQ, 2021, "地区生产总值增长6%")
                .build());
        corpus.add(TestReports.report("wj-2021.txt").title("武进区2021年政府工作报告").region(WUJIN).year(2021)
                .text("地区生产总值增长6%-6.5%。").target("gdp", "地区生产总值", Target.TARGET, null, 6.0, 6.5, "%", Target.RANGE, 2021,
                        "地区生产总值增长6%-6.5%").build());
        corpus.add(TestReports.report("js-2021.txt").title("2021年江苏省政府工作报告").region(JIANGSU).year(2021)
                .text("今年全省经济社会发展的主要预期目标是：地区生产总值增长6%以上。")
                .target("gdp", "地区生产总值", Target.TARGET, 6.0, null, null, "%", Target.GTE, 2021, "地区生产总值增长6%以上").build());
        corpus.stream().filter(r -> r != cz2021).forEach(service::publish);
        // The GDP target as a paged source (PDF) states it: on page 2 (the contract's target page, where the source had pages).
        ObjectNode paged = ContractJson.mapper().valueToTree(cz2021);
        ((ObjectNode) paged.path("targets").get(1)).put("page", 2);
        service.publish(0, cz2021.reportId(), ContractJson.mapper().writeValueAsBytes(paged));
        service.awaitIndexed(corpus.size());
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    @Order(1)
    void chineseTypedAsIsInTheRequestLineIsUnderstood() throws IOException {
        // The bytes curl sends for: curl 'http://.../api/targets/changes?code=gdp&year=2021&region=常州市'
        String[] answer = rawGet("/api/targets/changes?code=gdp&year=2021&region=常州市");
        assertThat(answer[0]).matches("(?s)HTTP/1.[01] 200.*");
        JsonNode changes = ContractJson.mapper().readTree(answer[1]);
        assertThat(changes.path("regions").valueStream().map(r -> r.path("region").asString()))
                .containsExactlyInAnyOrder("常州市", "钟楼区", "武进区");
        String[] search = rawGet("/api/search?q=地區生產總值&region=常州市");
        assertThat(search[0]).matches("(?s)HTTP/1.[01] 200.*");
        assertThat(ContractJson.mapper().readTree(search[1]).path("total").asInt()).isEqualTo(5);
    }

    @Test
    @Order(2)
    void everyErrorIsAProblemAndClientMistakesAre4xx() throws IOException {
        String[] badEscape = rawGet("/api/search?q=%E0%A4%A", "text/html");
        assertThat(badEscape[0]).matches("(?s)HTTP/1.[01] 400.*");
        assertThat(badEscape[0].toLowerCase()).contains("content-type: application/problem+json");
        assertThat(ContractJson.mapper().readTree(badEscape[1]).path("status").asInt()).isEqualTo(400);

        String[] nowhere = rawGet("/api/nowhere", "text/html,application/xhtml+xml");
        assertThat(nowhere[0]).matches("(?s)HTTP/1.[01] 404.*");
        assertThat(nowhere[0].toLowerCase()).contains("application/problem+json");

        HttpResponse<String> wrongMethod = send(HttpRequest.newBuilder(URI.create(service.url + "/api/search"))
                .header("Accept", "text/html").DELETE().build());
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(wrongMethod.body()).doesNotContain("<html");
    }

    @Test
    @Order(3)
    void whatChangedAgainstLastYear() {
        JsonNode changes = service.get("/api/targets/changes", "code", "gdp", "year", "2021", "region", "江苏省").json();
        assertThat(changes.path("previousYear").asInt()).isEqualTo(2020);
        assertThat(changes.path("direction").asString()).isEqualTo("increase");
        assertThat(changes.path("unit").asString()).isEqualTo("%");
        JsonNode changzhou = byRegion(changes, "常州市");
        assertThat(changzhou.path("target").path("value").asDouble()).isEqualTo(7.0);
        assertThat(cz2020.reportId()).isLessThan(cz2021.reportId());
        assertThat(changzhou.path("target").path("reportId").asString()).isEqualTo(cz2021.reportId());
        assertThat(changzhou.path("previousTarget").path("value").asDouble()).isEqualTo(6.5);
        assertThat(changzhou.path("previousAchievement").path("value").asDouble()).isEqualTo(4.5);
        assertThat(changzhou.path("difference").asDouble()).isEqualTo(0.5);
        assertThat(changzhou.path("change").asString()).isEqualTo("raised");
        assertThat(byRegion(changes, "钟楼区").path("change").asString()).isEqualTo("unchanged");
        assertThat(byRegion(changes, "武进区").path("change").asString()).isEqualTo("new");
        assertThat(byRegion(changes, "江苏省").path("change").asString()).isEqualTo("new");

        var csv = service.get("/api/targets/changes", "code", "gdp", "year", "2021", "region", "常州市", "format", "csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body().lines()).hasSize(4).anyMatch(l -> l.startsWith("常州市,320400,gdp,") && l.contains(",raised,"));

        assertThat(service.get("/api/targets/changes", "code", "gdp").status()).isEqualTo(400);
    }

    @Test
    @Order(4)
    void everyTargetRowCarriesItsSentenceAndALinkToIt() {
        JsonNode rows = service.get("/api/targets", "code", "gdp", "region", "常州市", "yearFrom", "2021", "yearTo", "2021",
                "kind", "target").json().path("rows");
        JsonNode row = rows.valueStream().filter(r -> r.path("reportId").asString().equals(cz2021.reportId())).findFirst().orElseThrow();
        assertThat(row.path("sentence").asString()).isEqualTo("今年主要预期目标是：地区生产总值增长7%左右，城镇新增就业10万人以上。");
        assertThat(row.path("page").asInt()).isEqualTo(2);
        String link = row.path("link").asString();
        assertThat(link).startsWith("/#/report/" + cz2021.reportId() + "?at=");
        String[] at = link.substring(link.indexOf("at=") + 3).split("-");
        String text = service.get("/api/reports/" + cz2021.reportId()).json().path("text").asString();
        assertThat(text.substring(Integer.parseInt(at[0]), Integer.parseInt(at[1]))).isEqualTo(row.path("sentence").asString());

        var csv = service.get("/api/targets", "code", "gdp", "region", "钟楼区", "format", "csv");
        assertThat(csv.body().lines().skip(1)).allMatch(l -> l.contains(service.url + "/#/report/"));
    }

    @Test
    @Order(5)
    void regionsByNameAndAsATreeWithReportCounts() {
        JsonNode first = service.get("/api/regions", "q", "常州").json().path("matches").get(0);
        assertThat(first.path("region").path("name").asString()).isEqualTo("常州市");
        assertThat(first.path("region").path("reports").asInt()).isEqualTo(5);
        assertThat(first.path("path").get(0).path("name").asString()).isEqualTo("江苏省");
        JsonNode children = first.path("region").path("children");
        assertThat(children.valueStream().filter(c -> c.path("name").asString().equals("钟楼区")).findFirst().orElseThrow()
                .path("reports").asInt()).isEqualTo(2);

        JsonNode tree = service.get("/api/regions/tree").json();
        assertThat(tree.path("provinces").valueStream().map(p -> p.path("name").asString() + p.path("reports").asInt()))
                .containsExactly("江苏省6");
    }

    @Test
    @Order(6)
    void indicatorsByChineseNameWithWhatTheIndexHolds() {
        List<JsonNode> indicators = service.get("/api/indicators").json().path("indicators").valueStream().toList();
        JsonNode gdp = indicators.stream().filter(i -> i.path("code").asString().equals("gdp")).findFirst().orElseThrow();
        assertThat(gdp.path("name").asString()).isEqualTo("地区生产总值");
        assertThat(gdp.path("unit").asString()).isEqualTo("%");
        assertThat(gdp.path("direction").asString()).isEqualTo("increase");
        assertThat(gdp.path("forms").valueStream().map(JsonNode::asString)).contains("GDP", "生产总值");
        assertThat(gdp.path("targets").asInt()).isEqualTo(7);
        assertThat(gdp.path("achievements").asInt()).isEqualTo(1);
        // Every catalogued indicator is listed, with or without statements in the index.
        assertThat(indicators).hasSizeGreaterThan(50).allMatch(i -> !i.path("name").asString().isBlank());
    }

    private static String watchId;

    @Test
    @Order(7)
    void aWatchFiresOnANewlyIndexedMatchingReportOnly() throws Exception {
        HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(service.url + "/api/watches"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"省级GDP目标≥6\",\"level\":\"province\","
                        + "\"target\":{\"code\":\"gdp\",\"kind\":\"target\",\"min\":6}}")).build());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        watchId = ContractJson.mapper().readTree(created.body()).path("id").asString();
        assertThat(created.headers().firstValue("Location").orElse("")).endsWith("/api/watches/" + watchId);
        assertThat(service.get("/api/watches").json().path("watches").get(0).path("name").asString()).isEqualTo("省级GDP目标≥6");
        // A watch on words: the same phrase search as /api/search (traditional input is normalized).
        HttpResponse<String> words = send(HttpRequest.newBuilder(URI.create(service.url + "/api/watches"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"q\":\"全省生產總值\"}")).build());
        assertThat(words.statusCode()).as(words.body()).isEqualTo(201);
        String wordsWatchId = ContractJson.mapper().readTree(words.body()).path("id").asString();

        EnrichedReport zhejiang = TestReports.report("zj-2022.txt").title("2022年浙江省政府工作报告").region(ZHEJIANG).year(2022)
                .text("今年主要预期目标是：全省生产总值增长6%以上。")
                .target("gdp", "全省生产总值", Target.TARGET, 6.0, null, null, "%", Target.GTE, 2022, "全省生产总值增长6%以上").build();
        EnrichedReport anhuiLow = TestReports.report("ah-2022.txt").title("2022年安徽省政府工作报告").region(ANHUI).year(2022)
                .text("全省生产总值增长5%左右。")
                .target("gdp", "全省生产总值", Target.TARGET, 5.0, null, null, "%", Target.APPROX, 2022, "全省生产总值增长5%左右").build();
        EnrichedReport cityHigh = TestReports.report("cz-2022.txt").title("2022年常州市政府工作报告").region(CHANGZHOU).year(2022)
                .text("地区生产总值增长7.5%左右。")
                .target("gdp", "地区生产总值", Target.TARGET, 7.5, null, null, "%", Target.APPROX, 2022, "地区生产总值增长7.5%左右").build();
        List.of(anhuiLow, cityHigh, zhejiang).forEach(service::publish);

        SearchServiceUnderTest.await("an alert for 浙江省", Duration.ofSeconds(60),
                () -> service.get("/api/alerts", "watchId", watchId).json().path("alerts").size() > 0);
        Thread.sleep(2000); // time for a wrong alert (安徽, 常州, or the 江苏 report indexed before the watch) to show
        JsonNode alerts = service.get("/api/alerts", "watchId", watchId).json().path("alerts");
        assertThat(alerts).hasSize(1);
        assertThat(alerts.get(0).path("reportId").asString()).isEqualTo(zhejiang.reportId());
        assertThat(alerts.get(0).path("targets").get(0).path("value").asDouble()).isEqualTo(6.0);

        SearchServiceUnderTest.await("two alerts of the watch on words", Duration.ofSeconds(30),
                () -> service.get("/api/alerts", "watchId", wordsWatchId).json().path("alerts").size() == 2);
        assertThat(service.get("/api/alerts", "watchId", wordsWatchId).json().path("alerts").valueStream()
                .map(a -> a.path("reportId").asString())).containsExactlyInAnyOrder(zhejiang.reportId(), anhuiLow.reportId());

        // Downstream systems get it on the alerts topic.
        List<ConsumerRecord<String, byte[]>> published = service.readAll(service.topics.alerts()).stream()
                .filter(r -> r.key().equals(watchId)).toList();
        assertThat(published).hasSize(1);
        assertThat(published.get(0).key()).isEqualTo(watchId);
        Alert alert = ContractJson.fromBytes(published.get(0).value(), Alert.class);
        assertThat(alert.reportId()).isEqualTo(zhejiang.reportId());
        assertThat(alert.region().name()).isEqualTo("浙江省");
        assertThat(alert.watchName()).isEqualTo("省级GDP目标≥6");

        // The same report indexed again raises no second alert.
        service.publish(zhejiang);
        Thread.sleep(3000);
        assertThat(service.get("/api/alerts", "watchId", watchId).json().path("alerts")).hasSize(1);
    }

    @Test
    @Order(8)
    void watchesSurviveARestart() {
        String prefix = service.indexPrefix;
        service.close();
        service = new SearchServiceUnderTest("baogao.search.index-prefix=" + prefix);
        JsonNode watches = service.get("/api/watches").json().path("watches");
        assertThat(watches.valueStream().map(w -> w.path("id").asString())).hasSize(2).contains(watchId);
        assertThat(service.get("/api/alerts", "watchId", watchId).json().path("alerts")).hasSize(1);
        assertThat(service.get("/api/watches/" + watchId).status()).isEqualTo(200);
        assertThat(service.get("/api/watches/nope").status()).isEqualTo(404);
    }

    private static JsonNode byRegion(JsonNode changes, String region) {
        return changes.path("regions").valueStream().filter(r -> r.path("region").asString().equals(region)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + region + " in " + changes));
    }

    /**
     * A GET written byte for byte, Chinese as UTF-8 in the request line, as curl sends what a user typed (as HTTP/1.0,
     * so the answer comes whole, not in chunks, and ends with the connection).
     */
    private static String[] rawGet(String pathAndQuery) throws IOException {
        return rawGet(pathAndQuery, "*/*");
    }

    private static String[] rawGet(String pathAndQuery, String accept) throws IOException {
        int port = URI.create(service.url).getPort();
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + pathAndQuery + " HTTP/1.0\r\nHost: 127.0.0.1\r\nAccept: " + accept + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(all);
            String response = all.toString(StandardCharsets.UTF_8);
            int split = response.indexOf("\r\n\r\n");
            return new String[] {response.substring(0, split), response.substring(split + 4)};
        }
    }

    /** Sends {@code request} with the API key: saving watches needs it, reads ignore it. */
    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(HttpRequest.newBuilder(request, (name, value) -> true).header("X-API-Key", E2eApiKey.VALUE).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
