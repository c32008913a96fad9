package org.baogao.ingest.upload;

import org.baogao.ingest.web.Problems;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UploadReaderTest {
    private final UploadReader reader = new UploadReader(new UploadRules(10, SharedDetector.DETECTOR, true));

    @Test
    void aBodyWithoutLengthIsCountedAndStoppedJustPastTheLimit() {
        CountingStream body = new CountingStream(new byte[1_000_000]);
        assertThatThrownBy(() -> reader.fromBody(body, -1, "a.txt", "text/plain", OperatorMetadata.none()))
                .isInstanceOfSatisfying(RejectedUploadException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problems.REPORT_TOO_LARGE));
        assertThat(body.read).isEqualTo(11);
    }

    @Test
    void aDeclaredOversizeBodyIsNotReadAtAll() {
        CountingStream body = new CountingStream(new byte[100]);
        assertThatThrownBy(() -> reader.fromBody(body, 100, "a.txt", "text/plain", OperatorMetadata.none()))
                .isInstanceOf(RejectedUploadException.class);
        assertThat(body.read).isZero();
    }

    @Test
    void aBodyWithinTheLimitIsReadWhole() throws IOException {
        ReportUpload upload = reader.fromBody(new ByteArrayInputStream("政府".getBytes()), -1, "a.txt", "text/plain",
                new OperatorMetadata(null, "常州市", null));
        assertThat(upload.content()).hasSize(6);
        assertThat(upload.metadata()).containsEntry("region", "常州市");
    }

    @Test
    void namesLoseTheirLocalPath() {
        assertThat(UploadReader.nameOf("C:\\Users\\op\\reports\\2021.txt")).isEqualTo("2021.txt");
        assertThat(UploadReader.nameOf(" /tmp/常州/2021年政府工作报告.txt ")).isEqualTo("2021年政府工作报告.txt");
    }

    @Test
    void aMissingOrFolderNameIs400() {
        for (String bad : new String[]{null, "", "  ", "reports/"}) {
            assertThatThrownBy(() -> UploadReader.nameOf(bad)).as(String.valueOf(bad))
                    .isInstanceOfSatisfying(RejectedUploadException.class,
                            e -> assertThat(e.problem()).isEqualTo(Problems.INVALID_NAME));
        }
    }

    private static final class CountingStream extends InputStream {
        private final ByteArrayInputStream in;
        int read;

        CountingStream(byte[] bytes) {
            in = new ByteArrayInputStream(bytes);
        }

        @Override
        public int read() {
            int b = in.read();
            if (b >= 0) {
                read++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            int n = in.read(b, off, len);
            if (n > 0) {
                read += n;
            }
            return n;
        }
    }
}
