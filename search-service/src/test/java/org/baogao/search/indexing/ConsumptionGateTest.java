package org.baogao.search.indexing;

import org.junit.jupiter.api.Test;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;


import static org.assertj.core.api.Assertions.assertThat;

class ConsumptionGateTest {
    private final PausableContainer container = new PausableContainer();
    private final ConsumptionGate gate = new ConsumptionGate(new KafkaListenerEndpointRegistry() {
        @Override
        public MessageListenerContainer getListenerContainer(String id) {
            return "indexer".equals(id) ? container : null;
        }
    }, "indexer", 10, 1000);

    @Test
    void backlogPausesAndAQuietPollResumesAtHalf() {
        gate.afterRecord(10, 0);
        assertThat(container.isPauseRequested()).isTrue();

        gate.onIdle(6, 0);
        assertThat(container.isPauseRequested()).as("above half").isTrue();
        gate.onIdle(5, 0);
        assertThat(container.isPauseRequested()).isFalse();
    }

    @Test
    void aHeldGateStaysPausedOnQuietPollsUntilReleased() {
        gate.hold();
        assertThat(container.isPauseRequested()).isTrue();

        gate.onIdle(0, 0);
        assertThat(container.isPauseRequested()).as("no backlog, but held").isTrue();

        gate.release();
        assertThat(container.isPauseRequested()).isFalse();
    }

    @Test
    void releaseDoesNotResumeAFailedIndexer() {
        gate.hold();
        gate.fail("403 from Elasticsearch");

        gate.release();
        gate.onIdle(0, 0);

        assertThat(container.isPauseRequested()).isTrue();
    }

    @Test
    void releaseWithoutHoldLeavesABacklogPauseAlone() {
        gate.afterRecord(10, 0);

        gate.release();

        assertThat(container.isPauseRequested()).isTrue();
    }

    @Test
    void consumerCountsAsPausedOnlyOnceTheContainerSaysSo() {
        gate.hold();
        assertThat(gate.isConsumerPaused()).isFalse();

        container.consumerPaused = true;
        assertThat(gate.isConsumerPaused()).isTrue();
    }
}
