package org.baogao.search.indexing;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * One record on its way into Elasticsearch: the record (for dead-lettering and status), its offset handle,
 * the document to write, and how often it was sent.
 */
public record IndexJob(ConsumerRecord<String, ReceivedReport> record, OffsetTracker.Pending pending, byte[] document,
                       int attempt) implements BulkWriter.Write<IndexJob> {

    @Override
    public int partition() {
        return pending.partition().partition();
    }

    @Override
    public long offset() {
        return pending.offset();
    }

    @Override
    public String reportId() {
        return record.value().report().reportId();
    }

    public String sourceName() {
        var source = record.value().report().source();
        return source == null ? null : source.name();
    }

    @Override
    public IndexJob nextAttempt() {
        return new IndexJob(record, pending, document, attempt + 1);
    }
}
