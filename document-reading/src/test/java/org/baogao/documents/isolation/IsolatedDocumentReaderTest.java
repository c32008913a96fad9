package org.baogao.documents.isolation;

import org.baogao.documents.DocumentReader;
import org.baogao.documents.DocumentText;
import org.baogao.documents.ReadingLimits;
import org.baogao.documents.UnreadableDocumentException;
import org.baogao.documents.UnreadableDocumentException.Problem;
import org.baogao.filetypes.FileType;
import org.baogao.filetypes.FileTypeDetector;
import org.baogao.fixtures.ReportText;
import org.baogao.fixtures.WordReport;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The reader process: real documents read in it; a reader that hangs or eats memory is stopped, the next document is read. */
class IsolatedDocumentReaderTest {
    private static final FileTypeDetector DETECTOR = new FileTypeDetector();
    private static final ReportText REPORT = ReportText.of("某区2024年政府工作报告\n全区地区生产总值增长6%左右，一般公共预算收入增长5%左右。\n");
    private static final byte[] DOCX = WordReport.docx(REPORT, false);

    @Test
    void aWordFileIsReadInTheChildProcess() throws Exception {
        try (IsolatedDocumentReader reader = new IsolatedDocumentReader(ReadingLimits.DEFAULT, 1)) {
            DocumentText text = reader.read(DOCX, DETECTOR.detect(DOCX, "r.docx"));
            assertThat(text.text()).contains("全区地区生产总值增长6%左右");
            assertThat(text.parser()).contains("Apache Tika");
        }
    }

    @Test
    void aReaderThatHangsIsStoppedAtTheDeadlineAndTheNextDocumentIsRead() throws Exception {
        ReadingLimits limits = ReadingLimits.DEFAULT.withDocumentTimeout(Duration.ofSeconds(3));
        try (IsolatedDocumentReader reader = new IsolatedDocumentReader(limits, 1, Misbehaving.class.getName())) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> reader.read("hang".getBytes(StandardCharsets.UTF_8), type()))
                    .isInstanceOfSatisfying(UnreadableDocumentException.class, e -> {
                        assertThat(e.problem()).isEqualTo(Problem.OVER_LIMIT);
                        assertThat(e.getMessage()).contains("longer than 3 s");
                    });
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
            assertThat(reader.read("fine".getBytes(StandardCharsets.UTF_8), type()).text()).isEqualTo("fine");
        }
    }

    @Test
    void aReaderThatRunsOutOfMemoryFailsItsDocumentNotTheService() throws Exception {
        ReadingLimits limits = ReadingLimits.DEFAULT.withWorkerHeapMb(64);
        try (IsolatedDocumentReader reader = new IsolatedDocumentReader(limits, 1, Misbehaving.class.getName())) {
            assertThatThrownBy(() -> reader.read("eat".getBytes(StandardCharsets.UTF_8), type()))
                    .isInstanceOfSatisfying(UnreadableDocumentException.class, e -> {
                        assertThat(e.problem()).isEqualTo(Problem.OVER_LIMIT);
                        assertThat(e.getMessage()).contains("64 MB");
                    });
            assertThat(reader.read("fine".getBytes(StandardCharsets.UTF_8), type()).text()).isEqualTo("fine");
        }
    }

    @Test
    void anUnreadableDocumentComesBackWithItsReason() {
        try (IsolatedDocumentReader reader = new IsolatedDocumentReader(ReadingLimits.DEFAULT, 1)) {
            byte[] cut = java.util.Arrays.copyOf(DOCX, DOCX.length / 2);
            assertThatThrownBy(() -> reader.read(cut, DETECTOR.detect(DOCX, "r.docx")))
                    .isInstanceOfSatisfying(UnreadableDocumentException.class,
                            e -> assertThat(e.problem()).isEqualTo(Problem.DAMAGED));
        }
    }

    private static FileType type() {
        return new FileType("application/x-test", "test", "test document", org.baogao.filetypes.Reading.DOCUMENT, null);
    }

    /** Runs in the reader process: hangs on "hang", eats memory on "eat", echoes anything else. */
    public static final class Misbehaving implements DocumentReader {
        public Misbehaving(ReadingLimits limits) {
        }

        @Override
        public DocumentText read(byte[] bytes, FileType type) {
            String what = new String(bytes, StandardCharsets.UTF_8);
            if (what.equals("hang")) {
                while (true) {
                    Thread.onSpinWait();
                }
            }
            if (what.equals("eat")) {
                List<long[]> eaten = new ArrayList<>();
                while (true) {
                    eaten.add(new long[1 << 20]);
                }
            }
            return new DocumentText(what, List.of(), null, "echo", null, List.of());
        }
    }
}
