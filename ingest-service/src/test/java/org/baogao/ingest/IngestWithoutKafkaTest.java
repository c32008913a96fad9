package org.baogao.ingest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole application on a real port with no broker behind {@code spring.kafka.bootstrap-servers}
 * (a closed loopback port): what an operator sees while Kafka is down, and the servlet's own
 * multipart limit, which MockMvc does not exercise. Needs no Kafka by design; the happy path
 * against a real broker is in e2e-tests.
 */
class IngestWithoutKafkaTest {
    private static final String BOUNDARY = "baogao-test-boundary";
    private static final String API_KEY = "without-kafka-key";
    private static ConfigurableApplicationContext app;
    private static URI base;

    @BeforeAll
    static void start() {
        app = IngestApplication.builder()
                .properties("server.port=0",
                        "spring.kafka.bootstrap-servers=127.0.0.1:1",
                        "baogao.api.key=" + API_KEY,
                        "spring.kafka.admin.auto-create=false",
                        "baogao.ingest.ack-timeout=1s",
                        "baogao.ingest.retry-after=7s",
                        "baogao.ingest.max-report-size=4KB",
                        "baogao.ingest.max-request-size=16KB",
                        "baogao.ingest.status-view.retry-backoff=200ms")
                .run();
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        base = URI.create("http://127.0.0.1:" + port);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aReportKafkaCannotAcknowledgeIs503WithRetryAfter() throws Exception {
        HttpResponse<String> response = sendWithKey(HttpRequest.newBuilder(base.resolve("/api/reports?name=a.txt"))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString("2021年政府工作报告：地区生产总值增长6%。", StandardCharsets.UTF_8)));

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("7");
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).contains("urn:baogao:problem:kafka-unavailable").contains("not accepted");
    }

    @Test
    void aRequestOverTheServletLimitIsOur413ProblemNotA500() throws Exception {
        HttpResponse<String> response = sendWithKey(multipart("big.txt", "政".repeat(8_000).getBytes(StandardCharsets.UTF_8)));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("urn:baogao:problem:request-too-large").contains("16384 bytes");
    }

    @Test
    void aFileOverTheReportLimitButWithinTheRequestIsTheReportProblem() throws Exception {
        HttpResponse<String> response = sendWithKey(multipart("big.txt", "政".repeat(2_000).getBytes(StandardCharsets.UTF_8)));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("urn:baogao:problem:report-too-large").contains("4096 bytes");
    }

    @Test
    void aBinaryUploadIs415BeforeKafkaIsEverAsked() throws Exception {
        byte[] exe = new byte[128];
        System.arraycopy(new byte[]{0x7f, 'E', 'L', 'F', 2, 1, 1}, 0, exe, 0, 7);
        HttpResponse<String> response = sendWithKey(multipart("report.txt", exe));

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.body()).contains("program").contains("application/x-elf");
    }

    @Test
    void aBatchOfMoreThanFiftyFilesIsReadWhole() throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int i = 0; i < 60; i++) {
            body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"r" + i
                    + ".txt\"\r\nContent-Type: text/plain\r\n\r\n第" + i + "份报告\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = sendWithKey(HttpRequest.newBuilder(base.resolve("/api/reports/batch"))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));

        assertThat(response.statusCode()).isEqualTo(207);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("7");
        assertThat(response.body()).contains("\"accepted\":0").contains("\"rejected\":60").contains("r59.txt");
    }

    @Test
    void theOpenApiDocumentDescribesTheEndpoints() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve("/v3/api-docs")).GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("/api/reports").contains("/api/reports/batch").contains("/api/reports/{id}");
    }

    @Test
    void withoutKafkaItIsAliveButNotReady() throws Exception {
        HttpResponse<String> liveness = send(HttpRequest.newBuilder(base.resolve("/actuator/health/liveness")).GET());
        HttpResponse<String> readiness = send(HttpRequest.newBuilder(base.resolve("/actuator/health/readiness")).GET());
        HttpResponse<String> health = send(HttpRequest.newBuilder(base.resolve("/actuator/health")).GET());

        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(readiness.statusCode()).as(readiness.body()).isEqualTo(503);
        assertThat(readiness.body()).contains("\"kafka\"").contains("DOWN");
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.body()).contains("\"statusView\"").contains("\"replayed\":false");
    }

    @Test
    void anUploadWithoutAKeyIs401BeforeKafkaIsTried() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve("/api/reports?name=a.txt"))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString("2021年政府工作报告：地区生产总值增长6%。", StandardCharsets.UTF_8)));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).contains("X-API-Key");
    }

    @Test
    void metricsAreServedForPrometheus() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve("/actuator/prometheus")).GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("jvm_memory_used_bytes").contains("application=\"ingest-service\"");
    }

    private static HttpRequest.Builder multipart(String fileName, byte[] content) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(base.resolve("/api/reports"))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }

    /**
     * A connection of its own per request: after refusing an oversized body the server closes the connection, and a
     * pooled one the client reuses for the next test would read nothing.
     */
    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> sendWithKey(HttpRequest.Builder request) throws IOException, InterruptedException {
        return send(request.header("X-API-Key", API_KEY));
    }
}
