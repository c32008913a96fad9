package org.baogao.search.indexing;

import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * What happens once Elasticsearch answered for a record. Every path ends in exactly one of: the record's offset
 * handle completed (indexed, or dead-lettered), or consumption stopped with the offset left pending. Dead-letter
 * publishing blocks until the broker acknowledges, so it runs on its own thread, never on the ingester's.
 */
public class IndexingOutcomes implements BulkWriter.Outcomes<IndexJob>, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(IndexingOutcomes.class);

    private final StatusPublisher status;
    private final DeadLetters deadLetters;
    private final ConsumptionGate gate;
    private final Backoff backoff;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "search-dead-letters");
        t.setDaemon(true);
        return t;
    });

    private final Timer latency;
    private final Clock clock;

    /** @param latency time from the enriched record's timestamp to Elasticsearch's acknowledgement */
    public IndexingOutcomes(StatusPublisher status, DeadLetters deadLetters, ConsumptionGate gate, Backoff backoff,
                            Timer latency, Clock clock) {
        this.latency = latency;
        this.clock = clock;
        this.status = status;
        this.deadLetters = deadLetters;
        this.gate = gate;
        this.backoff = backoff;
    }

    /** Elasticsearch acknowledged the document. */
    @Override
    public void indexed(IndexJob job) {
        long since = clock.millis() - job.record().timestamp();
        if (job.record().timestamp() > 0 && since >= 0) {
            latency.record(since, TimeUnit.MILLISECONDS);
        }
        status.indexed(job.reportId(), job.sourceName()).whenComplete((r, e) -> job.pending().complete());
    }

    /** Elasticsearch refused the document for its content: dead-letter it, then let the offset go. */
    @Override
    public void rejected(IndexJob job, String reason) {
        worker.execute(() -> deadLetter(job, reason, 1));
    }

    /** A newer record of the report was indexed meanwhile: this one is done. */
    @Override
    public void superseded(IndexJob job) {
        job.pending().complete();
    }

    /** A failure retrying cannot fix: stop consuming; the offset stays uncommitted. */
    @Override
    public void failed(IndexJob job, String reason) {
        log.error("indexing stopped at report {} ({}@{}): {}", job.reportId(), job.pending().partition(),
                job.pending().offset(), reason);
        gate.fail(reason);
    }

    private void deadLetter(IndexJob job, String reason, int attempt) {
        try {
            deadLetters.publish(job.record(), new IndexRejectedException(reason));
            log.warn("report {} dead-lettered: {}", job.reportId(), reason);
            status.failed(job.reportId(), job.sourceName(), "REJECTED_BY_INDEX: " + reason)
                    .whenComplete((r, e) -> job.pending().complete());
        } catch (RuntimeException e) {
            var delay = backoff.after(attempt);
            log.warn("dead-lettering report {} failed (attempt {}), retrying in {} ms: {}", job.reportId(), attempt,
                    delay.toMillis(), e.toString());
            worker.schedule(() -> deadLetter(job, reason, attempt + 1), delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    ExecutorService worker() {
        return worker;
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
