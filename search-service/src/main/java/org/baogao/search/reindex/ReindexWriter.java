package org.baogao.search.reindex;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.util.BinaryData;
import org.baogao.search.SearchProperties;
import org.baogao.search.indexing.Backoff;
import org.baogao.search.indexing.FailureDecision;
import org.baogao.search.indexing.IndexingFailures;
import org.baogao.search.indexing.NewestWrites;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Writes the documents of a reindex into one concrete index with the client's {@link BulkIngester}, sorting
 * every answer with the live indexer's rules ({@link IndexingFailures}): acknowledged → counted indexed; the
 * document's fault (mapping, size) → counted rejected, the reindex goes on; transient → sent again after a
 * back-off, up to a limit; anything else → the reindex fails. One bulk request in flight keeps topic order,
 * and a retry that a newer record of the same report overtook is dropped ({@link NewestWrites}).
 */
final class ReindexWriter implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ReindexWriter.class);

    /** One document on its way; {@code record} is {@code partition@offset} for messages. */
    record Write(int partition, long offset, String reportId, byte[] document, int attempt) {
        String key() {
            return partition + "/" + reportId;
        }

        String record() {
            return partition + "@" + offset;
        }

        Write next() {
            return new Write(partition, offset, reportId, document, attempt + 1);
        }
    }

    private final BulkIngester<Write> ingester;
    private final String index;
    private final ReindexProgress progress;
    private final Backoff backoff;
    private final int maxAttempts;
    private final NewestWrites newest = new NewestWrites();
    private final AtomicReference<String> failure = new AtomicReference<>();
    private final Object idle = new Object();
    private int outstanding;
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "search-reindex-retry");
        t.setDaemon(true);
        return t;
    });

    ReindexWriter(ElasticsearchClient client, String index, SearchProperties properties, ReindexProgress progress) {
        SearchProperties.Indexing indexing = properties.indexing();
        this.index = index;
        this.progress = progress;
        this.backoff = new Backoff(indexing.retryInitial(), indexing.retryMax());
        this.maxAttempts = properties.reindex().maxAttempts();
        this.ingester = BulkIngester.of(b -> b
                .client(client)
                .maxOperations(indexing.bulkMaxOperations())
                .maxSize(indexing.bulkMaxBytes())
                .maxConcurrentRequests(1)
                .flushInterval(indexing.flushInterval().toMillis(), TimeUnit.MILLISECONDS)
                .listener(new Listener()));
    }

    /** Queues a document; blocks while the ingester's buffer is full and a request is in flight. */
    void submit(Write write) {
        throwIfFailed();
        synchronized (idle) {
            outstanding++;
        }
        newest.submitted(write.key(), write.offset());
        send(write);
    }

    private void send(Write write) {
        ingester.add(BulkOperation.of(op -> op.index(i -> i
                .index(index)
                .id(write.reportId())
                .document(BinaryData.of(write.document(), "application/json")))), write);
    }

    /** Sends what is buffered and waits until every submitted document has its outcome. */
    void awaitIdle() throws InterruptedException {
        ingester.flush();
        synchronized (idle) {
            while (outstanding > 0 && failure.get() == null) {
                idle.wait(200);
            }
        }
        throwIfFailed();
    }

    private void throwIfFailed() {
        String why = failure.get();
        if (why != null) {
            throw new IllegalStateException(why);
        }
    }

    private void finished(Write write) {
        synchronized (idle) {
            outstanding--;
            idle.notifyAll();
        }
    }

    private void decide(Write write, FailureDecision decision, String reason) {
        switch (decision) {
            case DEAD_LETTER -> {
                newest.finished(write.key(), write.offset());
                progress.rejected(write.record(), write.reportId(), reason);
                finished(write);
            }
            case RETRY -> retryLater(write, reason);
            case FAIL -> fail("report " + write.reportId() + " (" + write.record() + ") not indexed: " + reason, write);
        }
    }

    private void retryLater(Write write, String reason) {
        if (write.attempt() >= maxAttempts) {
            fail("report " + write.reportId() + " (" + write.record() + ") not indexed after " + write.attempt()
                    + " attempts: " + reason, write);
            return;
        }
        long delay = backoff.after(write.attempt()).toMillis();
        log.warn("reindex: report {} ({}) not indexed, attempt {}: {}; retrying in {} ms", write.reportId(),
                write.record(), write.attempt(), reason, delay);
        retries.schedule(() -> {
            if (newest.isSuperseded(write.key(), write.offset())) {
                finished(write);
                return;
            }
            try {
                send(write.next());
            } catch (RuntimeException closed) {
                fail("reindex writer closed while retrying " + write.reportId(), write);
            }
        }, delay, TimeUnit.MILLISECONDS);
    }

    private void fail(String why, Write write) {
        failure.compareAndSet(null, why);
        finished(write);
    }

    private final class Listener implements BulkListener<Write> {
        @Override
        public void beforeBulk(long executionId, BulkRequest request, List<Write> writes) {
        }

        @Override
        public void afterBulk(long executionId, BulkRequest request, List<Write> writes, BulkResponse response) {
            List<BulkResponseItem> items = response.items();
            for (int i = 0; i < writes.size(); i++) {
                Write write = writes.get(i);
                BulkResponseItem item = i < items.size() ? items.get(i) : null;
                if (item == null) {
                    retryLater(write, "no item in bulk response");
                } else if (item.error() == null) {
                    newest.finished(write.key(), write.offset());
                    progress.indexed();
                    finished(write);
                } else {
                    decide(write, IndexingFailures.ofItem(item.status(), item.error().type()),
                            item.error().type() + ": " + item.error().reason());
                }
            }
        }

        @Override
        public void afterBulk(long executionId, BulkRequest request, List<Write> writes, Throwable failure) {
            FailureDecision decision = IndexingFailures.ofRequest(failure);
            for (Write write : writes) {
                decide(write, decision, "bulk request failed: " + failure);
            }
        }
    }

    @Override
    public void close() {
        ingester.close();
        retries.shutdownNow();
    }
}
