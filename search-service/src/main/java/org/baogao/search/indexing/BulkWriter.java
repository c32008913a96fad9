package org.baogao.search.indexing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.util.BinaryData;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import org.baogao.search.SearchProperties;
import org.baogao.service.MetricNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The one way documents reach Elasticsearch, for live indexing and for reindexing alike: the client's
 * {@link BulkIngester} (batches by count, bytes and time, one request in flight so the writes of a partition stay
 * in order) and one outcome per document, sorted by {@link IndexingFailures}: indexed; rejected for its content
 * (dead letter); retried after a back-off while attempts remain, the document then failed; failed at once when
 * retrying cannot help. A retry that a newer record of the same report overtook is dropped ({@link NewestWrites}),
 * so an old version never comes back. An outcome handler that throws costs its document a retry, never the rest of
 * the batch.
 *
 * @param <W> what the caller tracks per document (offset handle, progress...)
 */
public final class BulkWriter<W extends BulkWriter.Write<W>> implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(BulkWriter.class);

    /** One document on its way. Offsets compare within a partition only. */
    public interface Write<W> {
        int partition();

        long offset();

        String reportId();

        byte[] document();

        int attempt();

        W nextAttempt();
    }

    /** Where each document's outcome goes; called on the ingester's or the retry thread. */
    public interface Outcomes<W> {
        void indexed(W write);

        /** Elasticsearch refused the document for what it is: dead-letter it or count it, and move on. */
        void rejected(W write, String reason);

        /** Retrying cannot help or attempts ran out: stop (live indexing) or fail (reindex). */
        void failed(W write, String reason);

        /** A newer record of the same report was written meanwhile; this one is done without writing. */
        void superseded(W write);
    }

    private final String target;
    private final Outcomes<W> outcomes;
    private final int maxAttempts;
    private final String name;
    private final MeterRegistry metrics;
    private final Backoff backoff;
    private final DistributionSummary bulkSize;
    private final NewestWrites newest = new NewestWrites();
    private final ScheduledExecutorService retries;
    private final BulkIngester<W> ingester;

    /**
     * @param target      the alias (live: {@code require_alias}, so a missing alias never auto-creates an unmapped
     *                    index) or the concrete index of a reindex
     * @param maxAttempts sends of one document before a transient failure counts as {@code failed}
     * @param name        {@code live} or {@code reindex}, the {@code writer} tag of the metrics
     */
    public BulkWriter(ElasticsearchClient client, String target, boolean targetIsAlias, SearchProperties.Indexing settings,
                      int maxAttempts, Outcomes<W> outcomes, String name, MeterRegistry metrics) {
        this.target = target;
        this.outcomes = outcomes;
        this.maxAttempts = maxAttempts;
        this.name = name;
        this.metrics = metrics;
        this.backoff = new Backoff(settings.retryInitial(), settings.retryMax());
        this.bulkSize = DistributionSummary.builder(MetricNames.BULK_SIZE).tag("writer", name)
                .description("documents per bulk request").register(metrics);
        this.retries = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "search-bulk-retry-" + name);
            t.setDaemon(true);
            return t;
        });
        this.ingester = BulkIngester.of(b -> b
                .client(client)
                .maxOperations(settings.bulkMaxOperations())
                .maxSize(settings.bulkMaxBytes())
                .maxConcurrentRequests(1)
                .flushInterval(settings.flushInterval().toMillis(), TimeUnit.MILLISECONDS)
                .globalSettings(g -> g.requireAlias(targetIsAlias))
                .listener(new Listener()));
    }

    /** Queues a document; blocks only while the ingester's buffer is full and a request is in flight. */
    public void submit(W write) {
        newest.submitted(key(write), write.offset());
        send(write);
    }

    /** Sends what is buffered now instead of at the next flush interval. */
    public void flush() {
        ingester.flush();
    }

    private void send(W write) {
        ingester.add(BulkOperation.of(op -> op.index(i -> i
                .index(target)
                .id(write.reportId())
                .document(BinaryData.of(write.document(), "application/json")))), write);
    }

    private static String key(Write<?> write) {
        return write.partition() + "/" + write.reportId();
    }

    private void decide(W write, FailureDecision decision, String reason) {
        switch (decision) {
            case RETRY -> retryLater(write, reason);
            case DEAD_LETTER -> {
                count("rejected");
                newest.finished(key(write), write.offset());
                outcomes.rejected(write, reason);
            }
            case FAIL -> {
                count("fatal");
                outcomes.failed(write, reason);
            }
        }
    }

    private void retryLater(W write, String reason) {
        count("retry");
        if (write.attempt() >= maxAttempts) {
            outcomes.failed(write, "not indexed after " + write.attempt() + " attempts: " + reason);
            return;
        }
        long delay = backoff.after(write.attempt()).toMillis();
        log.warn("{}: report {} ({}@{}) not indexed, attempt {}: {}; retrying in {} ms", name, write.reportId(),
                write.partition(), write.offset(), write.attempt(), reason, delay);
        retries.schedule(() -> {
            if (newest.isSuperseded(key(write), write.offset())) {
                log.info("{}: report {} ({}@{}) superseded by a newer record; not retried", name, write.reportId(),
                        write.partition(), write.offset());
                outcomes.superseded(write);
                return;
            }
            try {
                send(write.nextAttempt());
            } catch (IllegalStateException closed) {
                // Shutting down: nothing was acknowledged for it, so its offset was never committed.
                log.info("{}: writer closed; report {} is not retried here", name, write.reportId());
            }
        }, delay, TimeUnit.MILLISECONDS);
    }

    private void count(String outcome) {
        metrics.counter(MetricNames.BULK_FAILURES, "writer", name, "outcome", outcome).increment();
    }

    private final class Listener implements BulkListener<W> {
        @Override
        public void beforeBulk(long executionId, BulkRequest request, List<W> writes) {
            bulkSize.record(writes.size());
        }

        @Override
        public void afterBulk(long executionId, BulkRequest request, List<W> writes, BulkResponse response) {
            List<BulkResponseItem> items = response.items();
            for (int i = 0; i < writes.size(); i++) {
                W write = writes.get(i);
                BulkResponseItem item = i < items.size() ? items.get(i) : null;
                try {
                    if (item == null) {
                        retryLater(write, "no item in bulk response");
                    } else if (item.error() == null) {
                        newest.finished(key(write), write.offset());
                        outcomes.indexed(write);
                    } else {
                        decide(write, IndexingFailures.ofItem(item.status(), item.error().type()),
                                item.error().type() + ": " + item.error().reason());
                    }
                } catch (RuntimeException e) {
                    log.error("{}: handling the outcome of report {} failed", name, write.reportId(), e);
                    retryLater(write, e.toString());
                }
            }
        }

        @Override
        public void afterBulk(long executionId, BulkRequest request, List<W> writes, Throwable failure) {
            FailureDecision decision = IndexingFailures.ofRequest(failure);
            for (W write : writes) {
                try {
                    decide(write, decision, "bulk request failed: " + failure);
                } catch (RuntimeException e) {
                    log.error("{}: handling the outcome of report {} failed", name, write.reportId(), e);
                    retryLater(write, e.toString());
                }
            }
        }
    }

    @Override
    public void close() {
        ingester.close();
        retries.shutdownNow();
    }
}
