package org.baogao.ingest.upload;

import org.baogao.contracts.RawReport;
import org.baogao.contracts.ReportStatus;
import org.baogao.ingest.publish.PublishFailedException;
import org.baogao.ingest.publish.ReportPublisher;
import org.baogao.ingest.status.ReportStatusView;
import org.baogao.ingest.web.Problems;
import org.baogao.service.MetricNames;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
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
    private final MeterRegistry metrics;

    /** Counts into the application's registry; a web-layer test without metrics counts into a registry of its own. */
    @Autowired
    public ReportIntake(UploadRules rules, ReportPublisher publisher, ReportStatusView view,
                        ObjectProvider<MeterRegistry> metrics) {
        this(rules, publisher, view, Clock.systemUTC(), metrics.getIfAvailable(SimpleMeterRegistry::new));
    }

    ReportIntake(UploadRules rules, ReportPublisher publisher, ReportStatusView view, Clock clock, MeterRegistry metrics) {
        this.rules = rules;
        this.publisher = publisher;
        this.view = view;
        this.clock = clock;
        this.metrics = metrics;
    }

    public UploadRules rules() {
        return rules;
    }

    /**
     * @throws RejectedUploadException if the upload breaks a rule; nothing was published
     * @throws PublishFailedException  if Kafka did not acknowledge it; the operator may send it again
     */
    public AcceptedReport accept(ReportUpload upload) throws PublishFailedException {
        try {
            rules.check(upload);
        } catch (RejectedUploadException e) {
            refused(e.problem().name());
            throw e;
        }
        Instant now = clock.instant();
        RawReport report = RawReport.of(upload.name(), upload.contentType(), upload.content(), now, upload.metadata());
        boolean duplicate = view.knows(report.reportId());
        try {
            publisher.publishRaw(report);
        } catch (PublishFailedException e) {
            refused(Problems.KAFKA_UNAVAILABLE.name());
            throw e;
        }
        metrics.counter(MetricNames.REPORTS_ACCEPTED).increment();
        // Folded here as well as read back from the topic, so this instance answers GET at once.
        // A re-post is announced again; harmless, since ACCEPTED never supersedes a later state.
        ReportStatus accepted = new ReportStatus(report.reportId(), ReportStatus.State.ACCEPTED,
                ReportStatus.STAGE_INGEST, upload.name(), null, now);
        view.fold(accepted);
        publisher.publishStatus(accepted);
        return new AcceptedReport(report.reportId(), upload.name(), upload.content().length,
                AcceptedReport.statusPath(report.reportId()), duplicate);
    }

    /** {@code baogao.reports.refused{reason}}: the problem type an operator got back. */
    private void refused(String reason) {
        metrics.counter(MetricNames.REPORTS_REFUSED, "reason", reason.toLowerCase()).increment();
    }
}
