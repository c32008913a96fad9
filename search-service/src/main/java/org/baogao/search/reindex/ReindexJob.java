package org.baogao.search.reindex;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.micrometer.core.instrument.MeterRegistry;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.baogao.search.SearchProperties;
import org.baogao.search.index.IndexNames;
import org.baogao.search.index.SearchDocument;
import org.baogao.search.indexing.ReceivedReport;
import org.baogao.search.indexing.ReceivedReportDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * One rebuild of the index from the enriched topic, in the order that keeps reads answering throughout:
 * <ol>
 * <li>create a concrete index of the current template version (the alias still points to the old one);</li>
 * <li>copy: read the topic from the start up to the end offsets captured now, and write every report to the
 *     new index with the live indexer's document code; the live indexer keeps writing to the old index;</li>
 * <li>hold the live indexer and wait until nothing of it is in flight;</li>
 * <li>catch up: read what arrived since the captured end offsets, up to the end as of now, into the new index
 *     (the records the live indexer wrote to the old index meanwhile), and refresh the new index;</li>
 * <li>swap the alias in one {@code _aliases} request and let the live indexer go on, now into the new index;</li>
 * <li>delete the old index unless told to keep it.</li>
 * </ol>
 * Catching up while the live indexer is held (instead of after the swap) costs new reports a few seconds of
 * delay and rules out that the catch-up overwrites a newer version the live indexer already wrote.
 * A failure before the swap deletes the new index and leaves the alias as it was.
 */
final class ReindexJob implements Runnable {
    private static final Logger log = LoggerFactory.getLogger(ReindexJob.class);

    private final ReindexProgress progress;
    private final ElasticsearchClient client;
    private final SearchProperties properties;
    private final IndexNames names;
    private final Supplier<EnrichedTopicReader> readers;
    private final LiveIndexerHold liveIndexer;
    private final Clock clock;
    private final MeterRegistry metrics;
    private final ReceivedReportDeserializer deserializer = new ReceivedReportDeserializer();

    ReindexJob(ReindexProgress progress, ElasticsearchClient client, SearchProperties properties,
               Supplier<EnrichedTopicReader> readers, LiveIndexerHold liveIndexer, Clock clock, MeterRegistry metrics) {
        this.progress = progress;
        this.client = client;
        this.properties = properties;
        this.names = new IndexNames(properties.indexPrefix());
        this.readers = readers;
        this.liveIndexer = liveIndexer;
        this.clock = clock;
        this.metrics = metrics;
    }

    @Override
    public void run() {
        String fresh = null;
        boolean swapped = false;
        try {
            List<String> old = indicesBehindAlias();
            fresh = createIndex(old);
            progress.indices(old, fresh);
            log.info("reindex {}: building {} to replace {} behind {}", progress.jobId(), fresh, old, names.alias());
            try (EnrichedTopicReader reader = readers.get();
                 ReindexWrites writer = new ReindexWrites(client, fresh, properties, progress, metrics)) {
                progress.phase("copying");
                OffsetRange copied = reader.wholeTopic();
                progress.addTotal(copied.size());
                reader.read(copied, record -> write(record, writer));
                writer.awaitIdle();

                progress.phase("pausing-indexer");
                liveIndexer.pauseAndDrain(properties.reindex().drainTimeout());

                progress.phase("catching-up");
                OffsetRange rest = reader.since(copied);
                progress.addTotal(rest.size());
                reader.read(rest, record -> write(record, writer));
                writer.awaitIdle();
                String target = fresh;
                client.indices().refresh(r -> r.index(target));

                progress.phase("swapping-alias");
                client.indices().updateAliases(AliasSwap.request(names.alias(), old, fresh));
                swapped = true;
                log.info("reindex {}: alias {} now points to {}", progress.jobId(), names.alias(), fresh);
            } finally {
                liveIndexer.release();
            }
            if (!properties.reindex().keepOld() && !old.isEmpty()) {
                progress.phase("deleting-old");
                client.indices().delete(d -> d.index(old));
            }
            progress.done(clock.instant());
            log.info("reindex {} done: {}", progress.jobId(), progress.snapshot());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed(e, fresh, swapped);
        } catch (Exception e) {
            failed(e, fresh, swapped);
        }
    }

    /** One record of the topic, by the live indexer's rules: malformed → rejected; else its document is written. */
    private void write(ConsumerRecord<String, byte[]> record, ReindexWrites writer) {
        progress.read();
        String where = record.partition() + "@" + record.offset();
        ReceivedReport received;
        try {
            received = deserializer.deserialize(record.topic(), record.value());
        } catch (RuntimeException e) {
            progress.rejected(where, record.key(), "malformed payload: " + e.getMessage());
            return;
        }
        byte[] document;
        try {
            document = SearchDocument.build(received.originalJson(), received.report(), clock.instant());
        } catch (RuntimeException e) {
            progress.rejected(where, received.report().reportId(), "document not built: " + e);
            return;
        }
        writer.submit(new ReindexWrites.Write(record.partition(), record.offset(), received.report().reportId(), document, 1));
    }

    private List<String> indicesBehindAlias() throws IOException {
        if (!client.indices().existsAlias(a -> a.name(names.alias())).value()) {
            return List.of();
        }
        return new ArrayList<>(client.indices().getAlias(a -> a.name(names.alias())).aliases().keySet());
    }

    /** A new index named after the current second; waits for the next second when that name is taken. */
    private String createIndex(List<String> old) throws IOException, InterruptedException {
        progress.phase("creating-index");
        for (int attempt = 0; ; attempt++) {
            String name = names.newIndex(clock);
            if (!old.contains(name) && !client.indices().exists(e -> e.index(name)).value()) {
                client.indices().create(c -> c.index(name));
                return name;
            }
            if (attempt >= 3) {
                throw new IllegalStateException("index " + name + " exists already");
            }
            Thread.sleep(1000);
        }
    }

    private void failed(Exception e, String fresh, boolean swapped) {
        String why = e instanceof TimeoutException || e instanceof IllegalStateException ? e.getMessage() : e.toString();
        if (e instanceof ElasticsearchException es) {
            why = "Elasticsearch: " + es.response().error().type() + ": " + es.response().error().reason();
        }
        if (swapped) {
            why = "alias " + names.alias() + " points to the new index " + fresh + ", but: " + why;
        } else if (fresh != null) {
            deleteQuietly(fresh);
        }
        log.error("reindex {} failed: {}", progress.jobId(), why, e);
        progress.failed(clock.instant(), why);
    }

    private void deleteQuietly(String index) {
        try {
            client.indices().delete(d -> d.index(index));
        } catch (Exception cleanup) {
            log.warn("reindex {}: could not delete the unfinished index {}", progress.jobId(), index, cleanup);
        }
    }
}
