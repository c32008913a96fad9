package org.baogao.ingest.upload;

import org.baogao.contracts.RawReport;
import org.baogao.contracts.ReportIds;
import org.baogao.contracts.ReportStatus;
import org.baogao.ingest.publish.PublishFailedException;
import org.baogao.ingest.status.ReportStatusView;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportIntakeTest {
    private static final Instant NOW = Instant.parse("2026-11-22T03:10:00Z");
    private static final byte[] TEXT = "钟楼区2020年政府工作报告\n地区生产总值增长6%。".getBytes(StandardCharsets.UTF_8);

    private final RecordingPublisher publisher = new RecordingPublisher();
    private final ReportStatusView view = new ReportStatusView();
    private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
    private final ReportIntake intake = new ReportIntake(new UploadRules(1024, SharedDetector.DETECTOR, true), publisher, view,
            Clock.fixed(NOW, ZoneOffset.UTC), metrics);

    @Test
    void anAcceptedReportIsPublishedThenAnnounced() throws PublishFailedException {
        AcceptedReport accepted = intake.accept(new ReportUpload("zhonglou.txt", "text/plain", TEXT,
                Map.of("region", "钟楼区", "year", "2020")));

        String id = ReportIds.of(TEXT);
        assertThat(accepted).isEqualTo(new AcceptedReport(id, "zhonglou.txt", TEXT.length, "/api/reports/" + id, false));
        RawReport raw = publisher.raw.get(0);
        assertThat(raw.reportId()).isEqualTo(id);
        assertThat(raw.content()).isEqualTo(TEXT);
        assertThat(raw.source().name()).isEqualTo("zhonglou.txt");
        assertThat(raw.source().contentType()).isEqualTo("text/plain");
        assertThat(raw.source().receivedAt()).isEqualTo(NOW);
        assertThat(raw.source().metadata()).containsEntry("region", "钟楼区").containsEntry("year", "2020");
        assertThat(publisher.statuses).containsExactly(new ReportStatus(id, ReportStatus.State.ACCEPTED,
                ReportStatus.STAGE_INGEST, "zhonglou.txt", null, NOW));
        assertThat(view.find(id)).hasValueSatisfying(p -> assertThat(p.state()).isEqualTo(ReportStatus.State.ACCEPTED));
    }

    @Test
    void theSameBytesAgainAreTheSameReportMarkedDuplicate() throws PublishFailedException {
        AcceptedReport first = intake.accept(new ReportUpload("a.txt", null, TEXT, Map.of()));
        AcceptedReport second = intake.accept(new ReportUpload("b.txt", null, TEXT.clone(), Map.of()));

        assertThat(second.reportId()).isEqualTo(first.reportId());
        assertThat(first.duplicate()).isFalse();
        assertThat(second.duplicate()).isTrue();
        assertThat(publisher.raw).hasSize(2); // published again: idempotent downstream, keyed by report id
    }

    @Test
    void whenKafkaDoesNotAcknowledgeNothingIsClaimed() {
        publisher.kafkaDown = true;

        assertThatThrownBy(() -> intake.accept(new ReportUpload("a.txt", null, TEXT, Map.of())))
                .isInstanceOf(PublishFailedException.class);
        assertThat(publisher.statuses).isEmpty();
        assertThat(view.knows(ReportIds.of(TEXT))).isFalse();
    }

    @Test
    void aRejectedUploadIsNeverPublished() {
        assertThatThrownBy(() -> intake.accept(new ReportUpload("a.exe", "application/octet-stream",
                new byte[]{0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0}, Map.of())))
                .isInstanceOf(RejectedUploadException.class);
        assertThat(publisher.raw).isEmpty();
        assertThat(publisher.statuses).isEmpty();
    }

    @Test
    void acceptedAndRefusedReportsAreCountedByReason() throws PublishFailedException {
        intake.accept(new ReportUpload("a.txt", "text/plain", TEXT, null));
        assertThatThrownBy(() -> intake.accept(new ReportUpload("empty.txt", "text/plain", new byte[0], null)))
                .isInstanceOf(RejectedUploadException.class);
        publisher.kafkaDown = true;
        assertThatThrownBy(() -> intake.accept(new ReportUpload("b.txt", "text/plain", "另一份报告".getBytes(StandardCharsets.UTF_8), null)))
                .isInstanceOf(PublishFailedException.class);

        assertThat(metrics.counter("baogao.reports.accepted").count()).isEqualTo(1);
        assertThat(metrics.counter("baogao.reports.refused", "reason", "empty_report").count()).isEqualTo(1);
        assertThat(metrics.counter("baogao.reports.refused", "reason", "kafka_unavailable").count()).isEqualTo(1);
    }
}
