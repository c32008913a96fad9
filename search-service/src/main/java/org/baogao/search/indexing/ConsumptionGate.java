package org.baogao.search.indexing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Pauses consumption while too many records wait for Elasticsearch (a slow or absent cluster must not fill the
 * heap with documents), resumes it when the backlog halves, and stops it for good when the indexer hit a
 * failure retrying cannot fix; {@link #failure()} then says why (health shows it). A reindex may also
 * {@link #hold()} consumption for the moment it takes to move the alias: a held gate does not resume on idle.
 */
public class ConsumptionGate {
    private static final Logger log = LoggerFactory.getLogger(ConsumptionGate.class);
    private final KafkaListenerEndpointRegistry registry;
    private final String listenerId;
    private final int maxPending;
    private final long maxPendingBytes;
    private final AtomicReference<String> failure = new AtomicReference<>();
    private final AtomicBoolean held = new AtomicBoolean();

    public ConsumptionGate(KafkaListenerEndpointRegistry registry, String listenerId, int maxPending, long maxPendingBytes) {
        this.registry = registry;
        this.listenerId = listenerId;
        this.maxPending = maxPending;
        this.maxPendingBytes = maxPendingBytes;
    }

    /** After a record was handed on: pause when the backlog reached a limit (records or bytes). */
    public void afterRecord(int pending, long pendingBytes) {
        if (pending >= maxPending || pendingBytes >= maxPendingBytes) {
            container().filter(c -> !c.isPauseRequested()).ifPresent(c -> {
                log.info("pausing consumption: {} records ({} bytes) wait for Elasticsearch", pending, pendingBytes);
                c.pause();
            });
        }
    }

    /** On a quiet poll: resume when the backlog went down to half of both limits and nothing is broken. */
    public void onIdle(int pending, long pendingBytes) {
        if (failure.get() == null && !held.get() && pending <= maxPending / 2 && pendingBytes <= maxPendingBytes / 2) {
            container().filter(MessageListenerContainer::isPauseRequested).ifPresent(c -> {
                log.info("resuming consumption: {} records wait for Elasticsearch", pending);
                c.resume();
            });
        }
    }

    /** Stops consumption; nothing read after the failed record is committed, a restart reads it again. */
    public void fail(String reason) {
        if (failure.compareAndSet(null, reason)) {
            log.error("consumption stopped until restart: {}", reason);
            container().ifPresent(MessageListenerContainer::pause);
        }
    }

    /** Pauses consumption until {@link #release()}, whatever the backlog. */
    public void hold() {
        if (held.compareAndSet(false, true)) {
            log.info("pausing consumption: held for a reindex");
            container().ifPresent(MessageListenerContainer::pause);
        }
    }

    /** Ends a {@link #hold()}; consumption resumes unless the indexer failed (a full backlog pauses it again). */
    public void release() {
        if (held.compareAndSet(true, false) && failure.get() == null) {
            log.info("resuming consumption: reindex hold released");
            container().ifPresent(MessageListenerContainer::resume);
        }
    }

    /** Whether the consumer has actually stopped fetching (a pause takes effect between polls). */
    public boolean isConsumerPaused() {
        return container().map(MessageListenerContainer::isContainerPaused).orElse(true);
    }

    public Optional<String> failure() {
        return Optional.ofNullable(failure.get());
    }

    private Optional<MessageListenerContainer> container() {
        return Optional.ofNullable(registry.getListenerContainer(listenerId));
    }
}
