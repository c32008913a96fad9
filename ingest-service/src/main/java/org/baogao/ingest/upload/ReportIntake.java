package org.baogao.ingest.upload;

import org.baogao.contracts.RawReport;
import org.baogao.contracts.ReportStatus;
import org.baogao.ingest.publish.PublishFailedException;
import org.baogao.ingest.publish.ReportPublisher;
import org.baogao.ingest.status.ReportStatusView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;

/**
 * Turns one upload into an accepted report: check it, publish it, wait for Kafka's ack, then say so.
 * Nothing is called accepted before the raw record is acknowledged.
 */
@Service
public class ReportIntake {
    private final UploadRules rules;
    private final ReportPublisher publisher;
    private final ReportStatusView view;
    private final Clock clock;

    @Autowired
    public ReportIntake(UploadRules rules, ReportPublisher publisher, ReportStatusView view) {
        this(rules, publisher, view, Clock.systemUTC());
    }

    ReportIntake(UploadRules rules, ReportPublisher publisher, ReportStatusView view, Clock clock) {
        this.rules = rules;
        this.publisher = publisher;
        this.view = view;
        this.clock = clock;
    }

    public UploadRules rules() {
        return rules;
    }

    /**
     * @throws RejectedUploadException if the upload breaks a rule; nothing was published
     * @throws PublishFailedException  if Kafka did not acknowledge it; the operator may send it again
     */
    public AcceptedReport accept(ReportUpload upload) throws PublishFailedException {
        rules.check(upload);
        Instant now = clock.instant();
        RawReport report = RawReport.of(upload.name(), upload.contentType(), upload.content(), now, upload.metadata());
        boolean duplicate = view.knows(report.reportId());
        publisher.publishRaw(report);
        // Folded here as well as read back from the topic, so this instance answers GET at once.
        // A re-post is announced again; harmless, since ACCEPTED never supersedes a later state.
        ReportStatus accepted = new ReportStatus(report.reportId(), ReportStatus.State.ACCEPTED,
                ReportStatus.STAGE_INGEST, upload.name(), null, now);
        view.fold(accepted);
        publisher.publishStatus(accepted);
        return new AcceptedReport(report.reportId(), upload.name(), upload.content().length,
                AcceptedReport.statusPath(report.reportId()), duplicate);
    }
}
