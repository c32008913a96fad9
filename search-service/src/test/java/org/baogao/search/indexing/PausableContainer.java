package org.baogao.search.indexing;

import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.springframework.kafka.listener.MessageListenerContainer;

import java.util.Map;

/**
 * Just the pause state of a listener container, for tests of what pauses and resumes the indexer:
 * {@link #pauseRequested} is what was asked, {@link #consumerPaused} the consumer thread's part, set by the test.
 */
public final class PausableContainer implements MessageListenerContainer {
    public volatile boolean pauseRequested;
    public volatile boolean consumerPaused;

    @Override
    public void pause() {
        pauseRequested = true;
    }

    @Override
    public void resume() {
        pauseRequested = false;
        consumerPaused = false;
    }

    @Override
    public boolean isPauseRequested() {
        return pauseRequested;
    }

    @Override
    public boolean isContainerPaused() {
        return pauseRequested && consumerPaused;
    }

    @Override
    public void setupMessageListener(Object messageListener) {
    }

    @Override
    public Map<String, Map<MetricName, ? extends Metric>> metrics() {
        return Map.of();
    }

    @Override
    public void start() {
    }

    @Override
    public void stop() {
    }

    @Override
    public boolean isRunning() {
        return true;
    }
}
