package org.baogao.ingest.web;

import org.baogao.contracts.RawReport;
import org.baogao.contracts.ReportIds;
import org.baogao.contracts.ReportStatus;
import org.baogao.ingest.IngestProperties;
import org.baogao.ingest.status.ReportStatusController;
import org.baogao.ingest.status.ReportStatusView;
import org.baogao.ingest.upload.RecordingPublisher;
import org.baogao.ingest.upload.ReportIntake;
import org.baogao.ingest.upload.ReportsController;
import org.baogao.ingest.upload.UploadRules;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.baogao.service.ApiKeys;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The HTTP contract of ingest-service without Kafka: publishing goes to our own port
 * ({@link RecordingPublisher}), everything in front of it is the real thing.
 */
@WebMvcTest(controllers = {ReportsController.class, ReportStatusController.class})
@Import({ReportIntake.class, UploadRules.class, ReportStatusView.class, ReportsWebLayerTest.Fakes.class})
@TestPropertySource(properties = {"baogao.api.key=" + ReportsWebLayerTest.API_KEY, "baogao.ingest.max-report-size=2KB", "baogao.ingest.max-batch-files=3",
        "baogao.ingest.retry-after=45s", "spring.mvc.problemdetails.enabled=true"})
class ReportsWebLayerTest {
    static final String API_KEY = "web-layer-test-key";
    private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;
    private static final String TEXT = "常州市2021年政府工作报告\n（一）推动经济高质量发展，地区生产总值增长6%左右。\n";
    private static final byte[] TEXT_BYTES = TEXT.getBytes(StandardCharsets.UTF_8);
    private static final String TEXT_ID = ReportIds.of(TEXT_BYTES);

    @TestConfiguration
    @EnableConfigurationProperties(IngestProperties.class)
    static class Fakes {
        @Bean
        RecordingPublisher recordingPublisher() {
            return new RecordingPublisher();
        }

        /** Every request carries the key unless a test takes it away (the key filter itself is the real one). */
        @Bean
        MockMvcBuilderCustomizer apiKeyByDefault() {
            return builder -> builder.defaultRequest(get("/").header(ApiKeys.HEADER, API_KEY));
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    RecordingPublisher publisher;
    @Autowired
    ReportStatusView view;

    @BeforeEach
    void reset() {
        publisher.reset();
    }

    @Test
    void aMultipartReportIsAcceptedWith202IdAndLocation() throws Exception {
        mvc.perform(multipart("/api/reports")
                        .file(new MockMultipartFile("file", "changzhou-2021.txt", "text/plain", TEXT_BYTES))
                        .param("source", "常州市人民政府门户网站").param("region", "常州市").param("year", "2021"))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", endsWith("/api/reports/" + TEXT_ID)))
                .andExpect(jsonPath("$.reportId").value(TEXT_ID))
                .andExpect(jsonPath("$.name").value("changzhou-2021.txt"))
                .andExpect(jsonPath("$.sizeBytes").value(TEXT_BYTES.length))
                .andExpect(jsonPath("$.statusUrl").value("/api/reports/" + TEXT_ID));

        RawReport raw = publisher.raw.get(0);
        assertThat(raw.content()).isEqualTo(TEXT_BYTES);
        assertThat(raw.source().metadata())
                .containsEntry("source", "常州市人民政府门户网站").containsEntry("region", "常州市").containsEntry("year", "2021");
        assertThat(publisher.statuses).extracting(ReportStatus::state).containsExactly(ReportStatus.State.ACCEPTED);
    }

    @Test
    void aRawTextBodyWithANameIsAccepted() throws Exception {
        mvc.perform(post("/api/reports").param("name", "wujin.txt").param("region", "武进区")
                        .contentType("text/plain;charset=GBK").content(TEXT.getBytes("GBK")))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.name").value("wujin.txt"))
                .andExpect(jsonPath("$.reportId").value(ReportIds.of(TEXT.getBytes("GBK"))));
        assertThat(publisher.raw.get(0).source().contentType()).isEqualTo("text/plain;charset=GBK");
    }

    @Test
    void anOctetStreamBodyIsSniffedNotTrusted() throws Exception {
        mvc.perform(post("/api/reports").param("name", "r.txt")
                        .contentType(MediaType.APPLICATION_OCTET_STREAM).content(TEXT_BYTES))
                .andExpect(status().isAccepted());
    }

    @Test
    void postingTheSameBytesAgainGivesTheSameIdAndSaysDuplicate() throws Exception {
        mvc.perform(post("/api/reports").param("name", "a.txt").contentType(MediaType.TEXT_PLAIN).content(TEXT_BYTES))
                .andExpect(status().isAccepted());
        mvc.perform(post("/api/reports").param("name", "b.txt").contentType(MediaType.TEXT_PLAIN).content(TEXT_BYTES))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.reportId").value(TEXT_ID))
                .andExpect(jsonPath("$.duplicate").value(true));
    }

    @Test
    void anEmptyFileIs400Problem() throws Exception {
        mvc.perform(multipart("/api/reports").file(new MockMultipartFile("file", "empty.txt", "text/plain", new byte[0])))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.type").value("urn:baogao:problem:empty-report"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.detail").value(containsString("empty.txt")))
                .andExpect(jsonPath("$.name").value("empty.txt"));
        assertThat(publisher.raw).isEmpty();
    }

    @Test
    void aMultipartRequestWithoutAFilePartIs400Problem() throws Exception {
        mvc.perform(multipart("/api/reports").param("region", "常州市"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.detail").value(containsString("'file'")));
    }

    @Test
    void anOversizeFileIs413Problem() throws Exception {
        byte[] big = "政".repeat(700).getBytes(StandardCharsets.UTF_8); // 2100 bytes > 2KB
        mvc.perform(multipart("/api/reports").file(new MockMultipartFile("file", "big.txt", "text/plain", big)))
                .andExpect(status().isContentTooLarge())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.type").value("urn:baogao:problem:report-too-large"))
                .andExpect(jsonPath("$.detail").value(containsString("2048 bytes")));
        assertThat(publisher.raw).isEmpty();
    }

    @Test
    void anOversizeRawBodyIs413Problem() throws Exception {
        mvc.perform(post("/api/reports").param("name", "big.txt").contentType(MediaType.TEXT_PLAIN)
                        .content(new byte[3000]))
                .andExpect(status().isContentTooLarge())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
        assertThat(publisher.raw).isEmpty();
    }

    @Test
    void aProgramIs415ProblemNamingTheDetectedTypeWhateverItsDeclaredType() throws Exception {
        byte[] elf = new byte[64];
        System.arraycopy(new byte[]{0x7f, 'E', 'L', 'F', 2, 1, 1}, 0, elf, 0, 7);
        mvc.perform(multipart("/api/reports").file(new MockMultipartFile("file", "report.txt", "text/plain", elf)))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.type").value("urn:baogao:problem:unreadable-type"))
                .andExpect(jsonPath("$.detectedType").value("application/x-elf"))
                .andExpect(jsonPath("$.detail").value(containsString("program")));
        assertThat(publisher.raw).isEmpty();
    }

    @Test
    void aBodyOfAnUnsupportedContentTypeIs415Problem() throws Exception {
        mvc.perform(post("/api/reports").param("name", "x.png").contentType(MediaType.IMAGE_PNG).content(new byte[]{1, 2}))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    }

    @Test
    void aRawBodyWithoutNameIs400Problem() throws Exception {
        mvc.perform(post("/api/reports").contentType(MediaType.TEXT_PLAIN).content(TEXT_BYTES))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.type").value("urn:baogao:problem:invalid-name"))
                .andExpect(jsonPath("$.detail").value(containsString("?name=")));
    }

    @Test
    void aBadYearHintIs400Problem() throws Exception {
        mvc.perform(post("/api/reports").param("name", "a.txt").param("year", "明年")
                        .contentType(MediaType.TEXT_PLAIN).content(TEXT_BYTES))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:baogao:problem:invalid-metadata"));
        assertThat(publisher.raw).isEmpty();
    }

    @Test
    void whenKafkaDoesNotAcknowledgeTheAnswerIs503WithRetryAfterAndNoClaim() throws Exception {
        publisher.kafkaDown = true;
        mvc.perform(multipart("/api/reports").file(new MockMultipartFile("file", "a.txt", "text/plain", TEXT_BYTES)))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "45"))
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.type").value("urn:baogao:problem:kafka-unavailable"))
                .andExpect(jsonPath("$.detail").value(containsString("not accepted")))
                .andExpect(jsonPath("$.reportId").value(TEXT_ID));
        assertThat(publisher.statuses).isEmpty();
    }

    @Test
    void aBatchAnswers207WithOneEntryPerFile() throws Exception {
        byte[] second = "武进区2021年工作安排：全年新开工重大项目100个。".getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart("/api/reports/batch")
                        .file(new MockMultipartFile("file", "one.txt", "text/plain", TEXT_BYTES))
                        .file(new MockMultipartFile("file", "empty.txt", "text/plain", new byte[0]))
                        .file(new MockMultipartFile("file", "two.txt", "text/plain", second))
                        .param("year", "2021"))
                .andExpect(status().isMultiStatus())
                .andExpect(jsonPath("$.accepted").value(2))
                .andExpect(jsonPath("$.rejected").value(1))
                .andExpect(jsonPath("$.results[0].name").value("one.txt"))
                .andExpect(jsonPath("$.results[0].status").value(202))
                .andExpect(jsonPath("$.results[0].reportId").value(TEXT_ID))
                .andExpect(jsonPath("$.results[1].name").value("empty.txt"))
                .andExpect(jsonPath("$.results[1].status").value(400))
                .andExpect(jsonPath("$.results[1].reportId").doesNotExist())
                .andExpect(jsonPath("$.results[1].problem.type").value("urn:baogao:problem:empty-report"))
                .andExpect(jsonPath("$.results[1].problem.detail").value(containsString("empty")))
                .andExpect(jsonPath("$.results[2].reportId").value(ReportIds.of(second)));
        assertThat(publisher.raw).extracting(r -> r.source().name()).containsExactly("one.txt", "two.txt");
        assertThat(publisher.raw).allSatisfy(r -> assertThat(r.source().metadata()).containsEntry("year", "2021"));
    }

    @Test
    void aBatchWhileKafkaIsDownMarksEveryFile503AndClaimsNothing() throws Exception {
        publisher.kafkaDown = true;
        mvc.perform(multipart("/api/reports/batch")
                        .file(new MockMultipartFile("file", "one.txt", "text/plain", TEXT_BYTES))
                        .file(new MockMultipartFile("file", "two.txt", "text/plain", "第二份报告".getBytes(StandardCharsets.UTF_8))))
                .andExpect(status().isMultiStatus())
                .andExpect(header().string("Retry-After", "45"))
                .andExpect(jsonPath("$.accepted").value(0))
                .andExpect(jsonPath("$.results[0].status").value(503))
                .andExpect(jsonPath("$.results[1].status").value(503))
                .andExpect(jsonPath("$.results[1].problem.detail").value(containsString("earlier file")));
        assertThat(publisher.statuses).isEmpty();
    }

    @Test
    void aBatchWithTooManyFilesIsRefusedWhole() throws Exception {
        var request = multipart("/api/reports/batch");
        for (int i = 0; i < 4; i++) {
            request.file(new MockMultipartFile("file", i + ".txt", "text/plain", ("报告" + i).getBytes(StandardCharsets.UTF_8)));
        }
        mvc.perform(request)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.detail").value(containsString("at most 3")));
        assertThat(publisher.raw).isEmpty();
    }

    @Test
    void anEmptyBatchIs400Problem() throws Exception {
        mvc.perform(multipart("/api/reports/batch").param("year", "2021"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:baogao:problem:invalid-batch"));
    }

    @Test
    void theStatusOfAKnownReportIsItsFoldedView() throws Exception {
        String id = ReportIds.of("status test".getBytes(StandardCharsets.UTF_8));
        Instant at = Instant.parse("2026-11-22T03:30:00Z");
        view.fold(new ReportStatus(id, ReportStatus.State.ACCEPTED, "ingest", "s.txt", null, at));
        view.fold(new ReportStatus(id, ReportStatus.State.FAILED, "extract", "s.txt", "NOT_TEXT: unknown charset", at.plusSeconds(1)));

        mvc.perform(get("/api/reports/{id}", id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reportId").value(id))
                .andExpect(jsonPath("$.state").value("failed"))
                .andExpect(jsonPath("$.reason").value("NOT_TEXT: unknown charset"))
                .andExpect(jsonPath("$.stages.ingest").value("accepted"))
                .andExpect(jsonPath("$.stages.extract").value("failed"))
                .andExpect(jsonPath("$.sourceName").value("s.txt"))
                .andExpect(jsonPath("$.updatedAt").value("2026-11-22T03:30:01Z"));
    }

    @Test
    void anAcceptedReportCanBeAskedForAtOnce() throws Exception {
        mvc.perform(post("/api/reports").param("name", "now.txt").contentType(MediaType.TEXT_PLAIN)
                        .content("立即查询".getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isAccepted());
        mvc.perform(get("/api/reports/{id}", ReportIds.of("立即查询".getBytes(StandardCharsets.UTF_8))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("accepted"))
                .andExpect(jsonPath("$.stages.ingest").value("accepted"));
    }

    @Test
    void anUnknownReportIs404Problem() throws Exception {
        mvc.perform(get("/api/reports/{id}", ReportIds.of("never sent".getBytes(StandardCharsets.UTF_8))))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.type").value("urn:baogao:problem:report-not-found"));
    }

    @Test
    void aMalformedIdIs400Problem() throws Exception {
        mvc.perform(get("/api/reports/{id}", "ABC123"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.type").value("urn:baogao:problem:malformed-report-id"))
                .andExpect(jsonPath("$.detail").value(containsString("SHA-256")));
    }

    @Test
    void anUploadWithAWrongKeyIs401WithAProblemAndNothingIsPublished() throws Exception {
        mvc.perform(multipart("/api/reports").file(new MockMultipartFile("file", "a.txt", "text/plain", TEXT_BYTES))
                        .header(ApiKeys.HEADER, "not-the-key"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.detail").value(containsString(ApiKeys.HEADER)))
                .andExpect(header().string("WWW-Authenticate", containsString(ApiKeys.HEADER)));
        mvc.perform(multipart("/api/reports/batch").file(new MockMultipartFile("file", "a.txt", "text/plain", TEXT_BYTES))
                        .header(ApiKeys.HEADER, API_KEY + "x"))
                .andExpect(status().isUnauthorized());
        assertThat(publisher.raw).isEmpty();
        assertThat(publisher.statuses).isEmpty();
    }

    @Test
    void readingAStatusNeedsNoKeyWhenNoReadKeyIsConfigured() throws Exception {
        mvc.perform(get("/api/reports/{id}", ReportIds.of("read without a key".getBytes(StandardCharsets.UTF_8)))
                        .header(ApiKeys.HEADER, "not-the-key"))
                .andExpect(status().isNotFound());
    }
}
