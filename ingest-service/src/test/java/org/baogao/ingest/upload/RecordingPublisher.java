package org.baogao.ingest.upload;

import org.baogao.contracts.RawReport;
import org.baogao.contracts.ReportStatus;
import org.baogao.ingest.publish.PublishFailedException;
import org.baogao.ingest.publish.ReportPublisher;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Our own publishing port, recorded in memory; can be told that "Kafka" is down. */
public class RecordingPublisher implements ReportPublisher {
    public final List<RawReport> raw = new CopyOnWriteArrayList<>();
    public final List<ReportStatus> statuses = new CopyOnWriteArrayList<>();
    public volatile boolean kafkaDown;

    @Override
    public void publishRaw(RawReport report) throws PublishFailedException {
        if (kafkaDown) {
            throw new PublishFailedException(report.reportId(), "Kafka did not acknowledge the report within 15 ms", null);
        }
        raw.add(report);
    }

    @Override
    public void publishStatus(ReportStatus status) {
        statuses.add(status);
    }

    public void reset() {
        raw.clear();
        statuses.clear();
        kafkaDown = false;
    }
}
