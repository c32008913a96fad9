package org.baogao.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Spring MVC application with this module on its class path, on a real port, asked with raw request lines:
 * Chinese typed as is reaches the controller; every error, the container's included, is a problem body.
 */
class ServiceWebTest {
    private static ConfigurableApplicationContext app;
    private static int port;

    @SpringBootApplication
    @RestController
    static class EchoApplication {
        @GetMapping("/echo")
        String echo(@RequestParam String q) {
            return "[" + q + "]";
        }

        @GetMapping("/fails")
        String fails() {
            throw new IllegalStateException("secret internal detail");
        }
    }

    @BeforeAll
    static void start() {
        app = new SpringApplicationBuilder(EchoApplication.class).run("--server.port=0", "--spring.jmx.enabled=false",
                "--spring.main.banner-mode=off");
        port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void rawUtf8InTheQueryStringReachesTheController() throws IOException {
        RawHttp.Answer answer = RawHttp.send(port, "GET /echo?q=發展新質生產力&region=常州市 HTTP/1.1\r\n");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("[發展新質生產力]");
        // Percent-encoded stays the same
        assertThat(RawHttp.send(port, "GET /echo?q=%E5%B8%B8%E5%B7%9E HTTP/1.1\r\n").body()).isEqualTo("[常州]");
    }

    @Test
    void aMalformedEscapeIsAClientErrorWithAProblemBody() throws IOException {
        RawHttp.Answer answer = RawHttp.send(port, "GET /echo?q=%E0%A4%A HTTP/1.1\r\nAccept: text/html\r\n");
        assertProblem(answer, 400, "urn:baogao:problem:bad-request");
        assertThat(json(answer).path("detail").asString()).contains("UTF-8");
    }

    @Test
    void anUnknownAddressIsA404ProblemEvenForABrowser() throws IOException {
        RawHttp.Answer answer = RawHttp.send(port, "GET /nowhere HTTP/1.1\r\nAccept: text/html,application/xhtml+xml\r\n");
        assertProblem(answer, 404, "urn:baogao:problem:not-found");
    }

    @Test
    void aWrongMethodIsA405Problem() throws IOException {
        RawHttp.Answer answer = RawHttp.send(port, "DELETE /echo?q=x HTTP/1.1\r\nAccept: text/html\r\n");
        assertProblem(answer, 405, "urn:baogao:problem:method-not-allowed");
    }

    @Test
    void aRequestLineJettyCannotParseIsA400Problem() throws IOException {
        RawHttp.Answer answer = RawHttp.send(port, "GET /echo?q=a b c HTTP/1.1\r\n");
        assertProblem(answer, 400, "urn:baogao:problem:bad-request");
    }

    @Test
    void tooLargeHeadersAre431Problems() throws IOException {
        RawHttp.Answer answer = RawHttp.send(port, "GET /echo?q=x HTTP/1.1\r\nX-Big: " + "a".repeat(64 * 1024) + "\r\n");
        assertProblem(answer, 431, "urn:baogao:problem:request-header-fields-too-large");
    }

    @Test
    void aServerFailureNeverShowsInternals() throws IOException {
        RawHttp.Answer answer = RawHttp.send(port, "GET /fails HTTP/1.1\r\nAccept: text/html\r\n");
        assertProblem(answer, 500, "urn:baogao:problem:internal-server-error");
        assertThat(answer.body()).doesNotContain("secret");
    }

    private static void assertProblem(RawHttp.Answer answer, int status, String type) {
        assertThat(answer.status()).as(answer.head() + "\n" + answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        JsonNode problem = json(answer);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("type").asString()).isEqualTo(type);
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(answer.body()).doesNotContain("<html");
    }

    private static JsonNode json(RawHttp.Answer answer) {
        return JsonMapper.builder().build().readTree(answer.body());
    }
}
