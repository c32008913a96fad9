package org.baogao.ingest.upload;

import org.baogao.ingest.web.Problems;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UploadRulesTest {
    private final UploadRules rules = new UploadRules(100, SharedDetector.DETECTOR, true);

    @Test
    void anEmptyFileIs400() {
        assertRejected(upload(new byte[0]), Problems.EMPTY_REPORT, 400, "empty");
    }

    @Test
    void onlyWhiteSpaceAndABomIsEmptyToo() {
        byte[] blank = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, ' ', '\n', '\r', '\t', ' '};
        assertRejected(upload(blank), Problems.EMPTY_REPORT, 400, "white space");
    }

    @Test
    void oneByteOverTheLimitIs413AndNamesTheLimit() {
        assertRejected(upload("x".repeat(101).getBytes(StandardCharsets.US_ASCII)), Problems.REPORT_TOO_LARGE, 413, "100 bytes");
    }

    @Test
    void exactlyTheLimitIsAccepted() {
        assertThatCode(() -> rules.check(upload("年".repeat(33).concat("x").getBytes(StandardCharsets.UTF_8))))
                .doesNotThrowAnyException();
    }

    @Test
    void theDeclaredSizeIsCheckedBeforeAnyByteIsRead() {
        assertThatThrownBy(() -> rules.checkSize("big.txt", 5_000_000_000L))
                .isInstanceOfSatisfying(RejectedUploadException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problems.REPORT_TOO_LARGE);
                    assertThat(e.getBody().getDetail()).contains("5000000000");
                });
    }

    @Test
    void aPdfIsAccepted() {
        byte[] pdf = "%PDF-1.7\n政府工作报告".getBytes(StandardCharsets.UTF_8);
        assertThatCode(() -> rules.check(upload(pdf))).doesNotThrowAnyException();
    }

    @Test
    void anArchiveIs415AndTheProblemNamesTheDetectedType() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write("政府工作报告".getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> rules.check(upload(out.toByteArray())))
                .isInstanceOfSatisfying(RejectedUploadException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problems.UNREADABLE_TYPE);
                    assertThat(e.getStatusCode().value()).isEqualTo(415);
                    assertThat(e.getBody().getDetail()).contains("archive").contains("application/gzip");
                    assertThat(e.getBody().getProperties()).containsEntry("detectedType", "application/gzip")
                            .containsEntry("format", "archive");
                });
    }

    @Test
    void anImageIsAcceptedWhenExtractionRunsOcrAndRefusedWhenNot() throws IOException {
        BufferedImage image = new BufferedImage(20, 20, BufferedImage.TYPE_BYTE_GRAY);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        assertThatCode(() -> rules.check(upload(png.toByteArray()))).doesNotThrowAnyException();
        UploadRules withoutOcr = new UploadRules(1 << 20, SharedDetector.DETECTOR, false);
        assertThatThrownBy(() -> withoutOcr.check(upload(png.toByteArray())))
                .isInstanceOfSatisfying(RejectedUploadException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problems.UNREADABLE_TYPE);
                    assertThat(e.getBody().getDetail()).contains("image/png").contains("OCR");
                });
    }

    @Test
    void randomBytesAre415() {
        byte[] noise = new byte[90];
        new java.util.Random(7).nextBytes(noise);
        assertRejected(upload(noise), Problems.UNREADABLE_TYPE, 415, "application/octet-stream");
    }

    @Test
    void theProblemCarriesTheFileName() {
        assertThatThrownBy(() -> rules.check(upload(new byte[0])))
                .isInstanceOfSatisfying(RejectedUploadException.class,
                        e -> assertThat(e.getBody().getProperties()).containsEntry("name", "report.txt"));
    }

    private void assertRejected(ReportUpload upload, Problems problem, int status, String detailPart) {
        assertThatThrownBy(() -> rules.check(upload))
                .isInstanceOfSatisfying(RejectedUploadException.class, e -> {
                    assertThat(e.problem()).isEqualTo(problem);
                    assertThat(e.getStatusCode().value()).isEqualTo(status);
                    assertThat(e.getBody().getStatus()).isEqualTo(status);
                    assertThat(e.getBody().getType().toString()).isEqualTo(problem.type().toString());
                    assertThat(e.getBody().getDetail()).contains(detailPart);
                });
    }

    private static ReportUpload upload(byte[] bytes) {
        return new ReportUpload("report.txt", "text/plain", bytes, Map.of());
    }
}
