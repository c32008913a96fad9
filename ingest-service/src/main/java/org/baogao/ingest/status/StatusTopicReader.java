package org.baogao.ingest.status;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.baogao.contracts.ContractSerde;
import org.baogao.contracts.ReportStatus;
import org.baogao.contracts.TopicNames;
import org.baogao.ingest.IngestProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Reads every partition of the status topic ({@link Topics#STATUS} by default) from the beginning into the {@link ReportStatusView}.
 *
 * <p>Partitions are assigned, not subscribed: there is no consumer group, so every instance of
 * ingest-service sees every status and no offsets are committed; a restart replays the compacted
 * topic. A record that is not a {@link ReportStatus} is logged and skipped, never retried, so one
 * bad record cannot stall the view. Partitions added to the topic later are picked up on the next
 * refresh.
 */
@Component
public class StatusTopicReader implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(StatusTopicReader.class);
    private static final Duration METADATA_TIMEOUT = Duration.ofSeconds(10);

    private final Supplier<Consumer<String, byte[]>> consumers;
    private final ReportStatusView view;
    private final IngestProperties.StatusViewSettings settings;
    private final ContractSerde<ReportStatus> serde = ContractSerde.reportStatus();

    private volatile boolean running;
    private volatile boolean replayed;
    private volatile Consumer<String, byte[]> consumer;
    private Thread thread;
    private final String topic;

    @Autowired
    public StatusTopicReader(ConsumerFactory<?, ?> consumerFactory, TopicNames topics, ReportStatusView view,
                             IngestProperties properties) {
        this(() -> createConsumer(consumerFactory), topics.status(), view, properties.statusView());
    }

    StatusTopicReader(Supplier<Consumer<String, byte[]>> consumers, String topic, ReportStatusView view,
                      IngestProperties.StatusViewSettings settings) {
        this.consumers = consumers;
        this.topic = topic;
        this.view = view;
        this.settings = settings;
    }

    /** True once everything that was on the topic when reading started has been folded in. */
    public boolean hasReplayed() {
        return replayed;
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::readUntilStopped, "status-topic-reader");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        Thread reader;
        synchronized (this) {
            if (!running) {
                return;
            }
            running = false;
            reader = thread;
        }
        Consumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        reader.interrupt();
        try {
            reader.join(METADATA_TIMEOUT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void readUntilStopped() {
        while (running) {
            try (Consumer<String, byte[]> c = consumers.get()) {
                consumer = c;
                if (!running) {
                    return; // stop() ran before the consumer existed, so its wakeup missed it
                }
                readWith(c);
            } catch (WakeupException e) {
                // stop() woke us up; the loop condition ends the thread
            } catch (KafkaException | IllegalStateException e) {
                log.warn("reading {} failed, retrying in {}: {}", topic, settings.retryBackoff(), e.toString());
                pause(settings.retryBackoff());
            } finally {
                consumer = null;
            }
        }
    }

    private void readWith(Consumer<String, byte[]> c) {
        Set<TopicPartition> assigned = new HashSet<>();
        Map<TopicPartition, Long> replayUntil = new HashMap<>();
        long nextRefresh = 0;
        while (running) {
            if (System.nanoTime() - nextRefresh >= 0) {
                Set<TopicPartition> all = partitionsOf(c);
                if (!all.equals(assigned)) {
                    Set<TopicPartition> added = new HashSet<>(all);
                    added.removeAll(assigned);
                    c.assign(all);
                    c.seekToBeginning(added);
                    if (!replayed) {
                        replayUntil.putAll(c.endOffsets(added));
                    }
                    assigned = all;
                    log.info("reading {} partitions {} of {} from the beginning", added.size(),
                            added.stream().map(TopicPartition::partition).sorted().toList(), topic);
                }
                nextRefresh = System.nanoTime()
                        + (assigned.isEmpty() ? settings.retryBackoff() : settings.partitionRefresh()).toNanos();
            }
            if (assigned.isEmpty()) {
                pause(settings.retryBackoff());
                continue;
            }
            fold(c.poll(settings.pollTimeout()));
            if (!replayed && replayUntil.entrySet().stream().allMatch(e -> c.position(e.getKey()) >= e.getValue())) {
                replayed = true;
                log.info("status view replayed {}: {} reports known", topic, view.size());
            }
        }
    }

    private Set<TopicPartition> partitionsOf(Consumer<String, byte[]> c) {
        List<PartitionInfo> partitions = c.partitionsFor(topic, METADATA_TIMEOUT);
        if (partitions == null || partitions.isEmpty()) {
            log.info("{} does not exist yet; looking again in {}", topic, settings.retryBackoff());
            return Set.of();
        }
        return partitions.stream()
                .map(p -> new TopicPartition(p.topic(), p.partition()))
                .collect(Collectors.toSet());
    }

    private void fold(ConsumerRecords<String, byte[]> records) {
        for (ConsumerRecord<String, byte[]> record : records) {
            if (record.value() == null) {
                continue; // a tombstone only tells compaction to drop a key; no stage takes back its word
            }
            try {
                view.fold(serde.deserialize(record.topic(), record.value()));
            } catch (SerializationException e) {
                log.warn("skipping {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), e.getMessage());
            }
        }
    }

    /** Boot's consumer settings (servers, security) with our deserializers and no offset commits. */
    private static Consumer<String, byte[]> createConsumer(ConsumerFactory<?, ?> consumerFactory) {
        Properties overrides = new Properties();
        // String values only: the factory ignores Properties entries that are not strings.
        overrides.setProperty(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        overrides.setProperty(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        overrides.setProperty(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        // extract-service writes statuses in transactions: an aborted one never shows.
        overrides.setProperty(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        @SuppressWarnings("unchecked")
        ConsumerFactory<String, byte[]> factory = (ConsumerFactory<String, byte[]>) consumerFactory;
        return factory.createConsumer(null, "ingest-status-view", null, overrides);
    }

    private void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
