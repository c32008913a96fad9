package org.baogao.search.indexing;

import java.time.Duration;

/** Exponential back-off: initial, doubled per attempt, capped. */
public record Backoff(Duration initial, Duration max) {

    /** Delay before sending attempt {@code attempt + 1}, after {@code attempt} attempts failed. */
    public Duration after(int attempt) {
        int doublings = Math.min(Math.max(attempt - 1, 0), 30);
        long millis = initial.toMillis() << doublings;
        return millis <= 0 || millis > max.toMillis() ? max : Duration.ofMillis(millis);
    }
}
