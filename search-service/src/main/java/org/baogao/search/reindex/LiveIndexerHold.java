package org.baogao.search.reindex;

import org.baogao.search.indexing.ConsumptionGate;
import org.baogao.search.indexing.OffsetTracker;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeoutException;

/**
 * Stops the live indexer of this instance for the short moment in which the reindex takes over the last records
 * and moves the alias, so that no write of the live indexer can land in the old index after the catch-up read
 * it, and none that it makes later can be overwritten by an older record of the catch-up.
 */
class LiveIndexerHold {
    private final ConsumptionGate gate;
    private final OffsetTracker tracker;
    private final Clock clock;

    LiveIndexerHold(ConsumptionGate gate, OffsetTracker tracker, Clock clock) {
        this.gate = gate;
        this.tracker = tracker;
        this.clock = clock;
    }

    /**
     * Pauses consumption and waits until the consumer stopped fetching and every record it read has its outcome
     * (written to the old index or dead-lettered). An indexer that stopped on a failure (alias gone, no
     * permission) writes nothing more and its held records never finish: then only the pause is waited for, so
     * that a reindex can repair a deleted alias. Its records are read again after the restart it needs anyway.
     */
    void pauseAndDrain(Duration timeout) throws InterruptedException, TimeoutException {
        gate.hold();
        Instant deadline = clock.instant().plus(timeout);
        while (!(gate.isConsumerPaused() && (tracker.pendingCount() == 0 || gate.failure().isPresent()))) {
            if (clock.instant().isAfter(deadline)) {
                throw new TimeoutException("the live indexer did not pause with nothing in flight within " + timeout
                        + " (" + tracker.pendingCount() + " records wait for Elasticsearch)");
            }
            Thread.sleep(50);
        }
    }

    void release() {
        gate.release();
    }
}
