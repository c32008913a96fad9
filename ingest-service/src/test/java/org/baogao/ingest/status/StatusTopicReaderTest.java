package org.baogao.ingest.status;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.baogao.contracts.ContractJson;
import org.baogao.contracts.ReportIds;
import org.baogao.contracts.ReportStatus;
import org.baogao.contracts.ReportStatus.State;
import org.baogao.contracts.Topics;
import org.baogao.ingest.IngestProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The status reader against Kafka's own in-memory consumer ({@link MockConsumer}, shipped with
 * kafka-clients): assignment of every partition from the beginning, folding, skipping bad records,
 * recovering from a broken consumer, and noticing new partitions. No broker involved.
 */
class StatusTopicReaderTest {
    private static final String ID = ReportIds.of("状态读取测试".getBytes(StandardCharsets.UTF_8));
    private static final Instant T0 = Instant.parse("2026-11-22T04:00:00Z");
    private static final TopicPartition P0 = new TopicPartition(Topics.STATUS, 0);
    private static final TopicPartition P1 = new TopicPartition(Topics.STATUS, 1);
    private static final TopicPartition P2 = new TopicPartition(Topics.STATUS, 2);

    private final ReportStatusView view = new ReportStatusView();
    private final ConcurrentLinkedQueue<MockConsumer<String, byte[]>> created = new ConcurrentLinkedQueue<>();
    private final AtomicInteger consumersMade = new AtomicInteger();
    private StatusTopicReader reader;

    @AfterEach
    void stopReader() {
        if (reader != null) {
            reader.stop();
        }
    }

    @Test
    void readsEveryPartitionFromTheBeginningAndFoldsIt() {
        MockConsumer<String, byte[]> consumer = statusConsumer(List.of(P0, P1), Map.of(P0, 2L, P1, 2L));
        reader = start(() -> consumer);

        await().atMost(Duration.ofSeconds(10)).until(() -> consumer.assignment().equals(Set.of(P0, P1)));
        assertThat(reader.hasReplayed()).isFalse();

        consumer.addRecord(record(P0, 0, status(State.ACCEPTED, "ingest", 0)));
        consumer.addRecord(new ConsumerRecord<>(Topics.STATUS, 0, 1, "junk", "not json".getBytes(StandardCharsets.UTF_8)));
        consumer.addRecord(record(P1, 0, status(State.INDEXED, "search", 2)));
        consumer.addRecord(new ConsumerRecord<>(Topics.STATUS, 1, 1, ID + "/extract", null)); // tombstone

        await().atMost(Duration.ofSeconds(10)).until(reader::hasReplayed);
        ReportProgress progress = view.find(ID).orElseThrow();
        assertThat(progress.state()).isEqualTo(State.INDEXED);
        assertThat(progress.stages()).containsOnlyKeys("ingest", "search");
    }

    @Test
    void aBrokenConsumerIsReplacedAndReadingGoesOn() {
        MockConsumer<String, byte[]> broken = statusConsumer(List.of(P0), Map.of(P0, 0L));
        broken.setPollException(new KafkaException("broker went away"));
        MockConsumer<String, byte[]> healthy = statusConsumer(List.of(P0), Map.of(P0, 1L));
        reader = start(() -> consumersMade.getAndIncrement() == 0 ? broken : healthy);

        await().atMost(Duration.ofSeconds(10)).until(() -> healthy.assignment().equals(Set.of(P0)));
        healthy.addRecord(record(P0, 0, status(State.FAILED, "extract", 1)));

        await().atMost(Duration.ofSeconds(10)).until(() -> view.knows(ID));
        assertThat(broken.closed()).isTrue();
        assertThat(view.find(ID).orElseThrow().reason()).isEqualTo("NOT_TEXT: test");
    }

    @Test
    void partitionsAddedLaterAreReadFromTheirBeginningToo() {
        MockConsumer<String, byte[]> consumer = statusConsumer(List.of(P0), Map.of(P0, 0L));
        reader = start(() -> consumer);
        await().atMost(Duration.ofSeconds(10)).until(() -> consumer.assignment().equals(Set.of(P0)));

        consumer.updateBeginningOffsets(Map.of(P2, 0L));
        consumer.updatePartitions(Topics.STATUS, List.of(info(0), info(2)));

        await().atMost(Duration.ofSeconds(10)).until(() -> consumer.assignment().equals(Set.of(P0, P2)));
        consumer.addRecord(record(P2, 0, status(State.ENRICHED, "extract", 1)));
        await().atMost(Duration.ofSeconds(10)).until(() -> view.knows(ID));
    }

    @Test
    void stopEndsTheReaderAndClosesItsConsumer() {
        MockConsumer<String, byte[]> consumer = statusConsumer(List.of(P0), Map.of(P0, 0L));
        reader = start(() -> consumer);
        await().atMost(Duration.ofSeconds(10)).until(() -> consumer.assignment().equals(Set.of(P0)));

        reader.stop();

        assertThat(reader.isRunning()).isFalse();
        await().atMost(Duration.ofSeconds(10)).until(consumer::closed);
    }

    private StatusTopicReader start(java.util.function.Supplier<Consumer<String, byte[]>> consumers) {
        StatusTopicReader started = new StatusTopicReader(consumers, Topics.STATUS, view,
                new IngestProperties.StatusViewSettings(Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofMillis(20)));
        started.start();
        return started;
    }

    private MockConsumer<String, byte[]> statusConsumer(List<TopicPartition> partitions, Map<TopicPartition, Long> ends) {
        // "latest": only the reader's explicit seek to the beginning makes it read older statuses
        MockConsumer<String, byte[]> consumer = new MockConsumer<>("latest");
        consumer.updatePartitions(Topics.STATUS, partitions.stream().map(p -> info(p.partition())).toList());
        consumer.updateBeginningOffsets(partitions.stream().collect(java.util.stream.Collectors.toMap(p -> p, p -> 0L)));
        consumer.updateEndOffsets(ends);
        created.add(consumer);
        return consumer;
    }

    private static PartitionInfo info(int partition) {
        return new PartitionInfo(Topics.STATUS, partition, null, null, null);
    }

    private static ConsumerRecord<String, byte[]> record(TopicPartition partition, long offset, ReportStatus status) {
        return new ConsumerRecord<>(partition.topic(), partition.partition(), offset, status.key(), ContractJson.toBytes(status));
    }

    private static ReportStatus status(State state, String stage, int second) {
        return new ReportStatus(ID, state, stage, "status.txt", state == State.FAILED ? "NOT_TEXT: test" : null,
                T0.plusSeconds(second));
    }
}
