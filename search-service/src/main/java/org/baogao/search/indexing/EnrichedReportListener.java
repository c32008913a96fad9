package org.baogao.search.indexing;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.baogao.search.index.SearchDocument;
import org.springframework.context.event.EventListener;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.event.ListenerContainerIdleEvent;

import java.time.Clock;

/**
 * Reads {@link Topics#ENRICHED} and hands each report to the indexer. Runs on the consumer thread: registers
 * the offset first (so nothing past it is committed before it is durable), builds the document, queues it,
 * then commits whatever became committable. An undecodable value never gets here: the error handler
 * dead-letters it (see {@link DeadLetterRecovery}).
 */
public class EnrichedReportListener {
    private final OffsetTracker tracker;
    private final OffsetCommitter committer;
    private final BulkWriter<IndexJob> indexer;
    private final ConsumptionGate gate;
    private final String listenerId;
    private final Clock clock;

    public EnrichedReportListener(OffsetTracker tracker, OffsetCommitter committer, BulkWriter<IndexJob> indexer,
                                  ConsumptionGate gate, String listenerId, Clock clock) {
        this.tracker = tracker;
        this.committer = committer;
        this.indexer = indexer;
        this.gate = gate;
        this.listenerId = listenerId;
        this.clock = clock;
    }

    @KafkaListener(id = "${baogao.search.indexing.listener-id:search-indexer}",
            topics = "#{@topicNames.enriched()}",
            groupId = "${baogao.search.indexing.consumer-group:baogao-search}",
            containerFactory = IndexingKafkaConfiguration.CONTAINER_FACTORY)
    public void onReport(ConsumerRecord<String, ReceivedReport> record, Consumer<?, ?> consumer) {
        ReceivedReport received = record.value();
        // The original bytes, the parsed report (about as large) and the document stay in memory until the outcome.
        long bytes = 3L * received.originalJson().length;
        OffsetTracker.Pending pending = tracker.register(new TopicPartition(record.topic(), record.partition()), record.offset(), bytes);
        byte[] document = SearchDocument.build(received.originalJson(), received.report(), clock.instant());
        indexer.submit(new IndexJob(record, pending, document, 1));
        committer.commitReady(consumer);
        gate.afterRecord(tracker.pendingCount(), tracker.pendingBytes());
    }

    /** Quiet polls (also while paused): commit what finished meanwhile, maybe resume. */
    @EventListener
    public void onIdle(ListenerContainerIdleEvent event) {
        if (event.getListenerId() == null || !event.getListenerId().startsWith(listenerId) || event.getConsumer() == null) {
            return;
        }
        committer.commitReady(event.getConsumer());
        gate.onIdle(tracker.pendingCount(), tracker.pendingBytes());
    }
}
