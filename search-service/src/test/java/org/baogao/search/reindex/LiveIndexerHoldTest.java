package org.baogao.search.reindex;

import org.apache.kafka.common.TopicPartition;
import org.baogao.search.indexing.ConsumptionGate;
import org.baogao.search.indexing.OffsetTracker;
import org.baogao.search.indexing.PausableContainer;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LiveIndexerHoldTest {
    private final PausableContainer container = new PausableContainer();
    private final ConsumptionGate gate = new ConsumptionGate(new KafkaListenerEndpointRegistry() {
        @Override
        public MessageListenerContainer getListenerContainer(String id) {
            return container;
        }
    }, "indexer", 100, 1 << 20);
    private final OffsetTracker tracker = new OffsetTracker();
    private final LiveIndexerHold hold = new LiveIndexerHold(gate, tracker, Clock.systemUTC());

    @Test
    void waitsUntilTheConsumerStoppedAndNothingIsInFlight() throws Exception {
        OffsetTracker.Pending inFlight = tracker.register(new TopicPartition("enriched", 0), 7);
        CompletableFuture<Void> drained = CompletableFuture.runAsync(() -> {
            try {
                hold.pauseAndDrain(Duration.ofSeconds(10));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        Thread.sleep(150);
        assertThat(container.pauseRequested).isTrue();
        container.consumerPaused = true;
        Thread.sleep(150);
        assertThat(drained).as("a record is still on its way to Elasticsearch").isNotDone();

        inFlight.complete();
        drained.get(5, TimeUnit.SECONDS);

        hold.release();
        assertThat(container.pauseRequested).isFalse();
    }

    @Test
    void givesUpAfterTheTimeout() {
        tracker.register(new TopicPartition("enriched", 0), 3);
        container.consumerPaused = true;

        assertThatThrownBy(() -> hold.pauseAndDrain(Duration.ofMillis(200)))
                .isInstanceOf(TimeoutException.class).hasMessageContaining("1 records wait");
    }

    @Test
    void doesNotWaitForRecordsOfAnIndexerThatStoppedOnAFailure() throws Exception {
        tracker.register(new TopicPartition("enriched", 0), 3);
        gate.fail("404 alias missing");
        container.consumerPaused = true;

        hold.pauseAndDrain(Duration.ofSeconds(10));

        hold.release();
        assertThat(container.pauseRequested).as("a failed indexer stays paused").isTrue();
    }
}
