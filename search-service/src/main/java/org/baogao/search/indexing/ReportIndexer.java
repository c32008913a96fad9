package org.baogao.search.indexing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.util.BinaryData;
import org.baogao.search.SearchProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Writes documents with the client's {@link BulkIngester} (batches by count, bytes and time) and turns every
 * bulk answer into one outcome per record: acknowledged, retried after a back-off, dead-lettered, or fatal.
 * Writes go to the alias with {@code require_alias}, so a missing alias never auto-creates an unmapped index.
 *
 * <p>Ordering: one bulk request in flight at a time keeps the writes of one partition in order; a retry that a
 * newer record of the same report overtook is dropped ({@link NewestWrites}), so an old version never comes back.
 */
public class ReportIndexer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ReportIndexer.class);

    private final BulkIngester<IndexJob> ingester;
    private final String alias;
    private final IndexingOutcomes outcomes;
    private final Backoff backoff;
    private final NewestWrites newest = new NewestWrites();
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "search-index-retry");
        t.setDaemon(true);
        return t;
    });

    public ReportIndexer(ElasticsearchClient client, SearchProperties properties, IndexingOutcomes outcomes) {
        SearchProperties.Indexing indexing = properties.indexing();
        this.alias = properties.alias();
        this.outcomes = outcomes;
        this.backoff = new Backoff(indexing.retryInitial(), indexing.retryMax());
        this.ingester = BulkIngester.of(b -> b
                .client(client)
                .maxOperations(indexing.bulkMaxOperations())
                .maxSize(indexing.bulkMaxBytes())
                .maxConcurrentRequests(1)
                .flushInterval(indexing.flushInterval().toMillis(), TimeUnit.MILLISECONDS)
                .globalSettings(g -> g.requireAlias(true))
                .listener(new Listener()));
    }

    /** Queues a document; blocks only while the ingester's buffer is full and a request is in flight. */
    public void submit(IndexJob job) {
        newest.submitted(writeKey(job), job.pending().offset());
        send(job);
    }

    private void send(IndexJob job) {
        BulkOperation operation = BulkOperation.of(op -> op.index(i -> i
                .index(alias)
                .id(job.reportId())
                .document(BinaryData.of(job.document(), "application/json"))));
        ingester.add(operation, job);
    }

    /** Offsets are comparable within a partition only. */
    private static String writeKey(IndexJob job) {
        return job.pending().partition() + "/" + job.reportId();
    }

    /** Sends what is buffered now instead of at the next flush interval. */
    public void flush() {
        ingester.flush();
    }

    private void retryLater(IndexJob job, String why) {
        var delay = backoff.after(job.attempt());
        log.warn("report {} ({}@{}) not indexed, attempt {}: {}; retrying in {} ms", job.reportId(),
                job.pending().partition(), job.pending().offset(), job.attempt(), why, delay.toMillis());
        retries.schedule(() -> {
            if (newest.isSuperseded(writeKey(job), job.pending().offset())) {
                // A newer record of this report is under way; writing this one now would bring back the old version.
                log.info("report {} ({}@{}) superseded by a newer record; not retried", job.reportId(),
                        job.pending().partition(), job.pending().offset());
                job.pending().complete();
                return;
            }
            try {
                send(job.nextAttempt());
            } catch (IllegalStateException closed) {
                // Shutting down: the offset was never committed, the next start reads the record again.
                log.info("indexer closed; report {} will be read again after restart", job.reportId());
            }
        }, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void decide(IndexJob job, FailureDecision decision, String reason) {
        switch (decision) {
            case RETRY -> retryLater(job, reason);
            case DEAD_LETTER -> {
                newest.finished(writeKey(job), job.pending().offset());
                outcomes.rejected(job, reason);
            }
            case FAIL -> outcomes.failed(job, reason);
        }
    }

    private final class Listener implements BulkListener<IndexJob> {
        @Override
        public void beforeBulk(long executionId, BulkRequest request, List<IndexJob> jobs) {
        }

        @Override
        public void afterBulk(long executionId, BulkRequest request, List<IndexJob> jobs, BulkResponse response) {
            List<BulkResponseItem> items = response.items();
            for (int i = 0; i < jobs.size(); i++) {
                IndexJob job = jobs.get(i);
                BulkResponseItem item = i < items.size() ? items.get(i) : null;
                try {
                    if (item == null) {
                        retryLater(job, "no item in bulk response");
                    } else if (item.error() == null) {
                        newest.finished(writeKey(job), job.pending().offset());
                        outcomes.indexed(job);
                    } else {
                        String reason = item.error().type() + ": " + item.error().reason();
                        decide(job, IndexingFailures.ofItem(item.status(), item.error().type()), reason);
                    }
                } catch (RuntimeException e) {
                    // An outcome handler must never lose the other records of the batch.
                    log.error("handling the outcome of report {} failed", job.reportId(), e);
                    retryLater(job, e.toString());
                }
            }
        }

        @Override
        public void afterBulk(long executionId, BulkRequest request, List<IndexJob> jobs, Throwable failure) {
            FailureDecision decision = IndexingFailures.ofRequest(failure);
            String reason = "bulk request failed: " + failure;
            for (IndexJob job : jobs) {
                decide(job, decision, reason);
            }
        }
    }

    @Override
    public void close() {
        ingester.close();
        retries.shutdownNow();
    }
}
