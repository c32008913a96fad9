package org.baogao.search.indexing;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class BackoffTest {
    @Test
    void doublesUpToTheCap() {
        Backoff backoff = new Backoff(Duration.ofMillis(200), Duration.ofSeconds(30));
        assertThat(backoff.after(1)).isEqualTo(Duration.ofMillis(200));
        assertThat(backoff.after(2)).isEqualTo(Duration.ofMillis(400));
        assertThat(backoff.after(8)).isEqualTo(Duration.ofMillis(25_600));
        assertThat(backoff.after(9)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.after(1000)).isEqualTo(Duration.ofSeconds(30));
    }
}
