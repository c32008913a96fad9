package org.baogao.search.reindex;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.micrometer.core.instrument.MeterRegistry;
import org.baogao.search.SearchProperties;
import org.baogao.search.indexing.BulkWriter;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The documents of one reindex on their way into the new index, through the same {@link BulkWriter} as live
 * indexing: indexed and rejected ones are counted in the progress, the reindex goes on; a document that fails
 * (retrying cannot help, or {@code reindex.max-attempts} ran out) fails the reindex. {@link #awaitIdle} waits until
 * every submitted document has its outcome.
 */
final class ReindexWrites implements BulkWriter.Outcomes<ReindexWrites.Write>, AutoCloseable {

    /** One document on its way; {@link #record} is {@code partition@offset} for messages. */
    record Write(int partition, long offset, String reportId, byte[] document, int attempt)
            implements BulkWriter.Write<Write> {
        String record() {
            return partition + "@" + offset;
        }

        @Override
        public Write nextAttempt() {
            return new Write(partition, offset, reportId, document, attempt + 1);
        }
    }

    private final ReindexProgress progress;
    private final BulkWriter<Write> writer;
    private final AtomicReference<String> failure = new AtomicReference<>();
    private final Object idle = new Object();
    private int outstanding;

    ReindexWrites(ElasticsearchClient client, String index, SearchProperties properties, ReindexProgress progress,
                  MeterRegistry metrics) {
        this.progress = progress;
        this.writer = new BulkWriter<>(client, index, false, properties.indexing(), properties.reindex().maxAttempts(),
                this, "reindex", metrics);
    }

    /** Queues a document; blocks while the ingester's buffer is full and a request is in flight. */
    void submit(Write write) {
        throwIfFailed();
        synchronized (idle) {
            outstanding++;
        }
        writer.submit(write);
    }

    /** Sends what is buffered and waits until every submitted document has its outcome. */
    void awaitIdle() throws InterruptedException {
        writer.flush();
        synchronized (idle) {
            while (outstanding > 0 && failure.get() == null) {
                idle.wait(200);
            }
        }
        throwIfFailed();
    }

    @Override
    public void indexed(Write write) {
        progress.indexed();
        finished();
    }

    @Override
    public void rejected(Write write, String reason) {
        progress.rejected(write.record(), write.reportId(), reason);
        finished();
    }

    @Override
    public void failed(Write write, String reason) {
        failure.compareAndSet(null, "report " + write.reportId() + " (" + write.record() + ") not indexed: " + reason);
        finished();
    }

    @Override
    public void superseded(Write write) {
        finished();
    }

    private void throwIfFailed() {
        String why = failure.get();
        if (why != null) {
            throw new IllegalStateException(why);
        }
    }

    private void finished() {
        synchronized (idle) {
            outstanding--;
            idle.notifyAll();
        }
    }

    @Override
    public void close() {
        writer.close();
    }
}
