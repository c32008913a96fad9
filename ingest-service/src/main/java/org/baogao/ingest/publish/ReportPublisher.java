package org.baogao.ingest.publish;

import org.baogao.contracts.RawReport;
import org.baogao.contracts.ReportStatus;

/** Where accepted reports and their statuses go: Kafka in the running service. */
public interface ReportPublisher {

    /**
     * Publishes the raw report and returns only once the broker has acknowledged it; a report is
     * never called accepted before that.
     *
     * @throws PublishFailedException if the broker did not acknowledge it in time
     */
    void publishRaw(RawReport report) throws PublishFailedException;

    /**
     * Publishes a status without waiting: statuses are informational and the raw record they
     * describe is already safe.
     */
    void publishStatus(ReportStatus status);
}
