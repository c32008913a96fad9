package org.baogao.servers;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Topic and index names no other test of this run has used, so tests sharing one Kafka and one Elasticsearch
 * never see each other's data. Names are lower case (Elasticsearch requires it) and legal for both.
 */
public final class FreshNames {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);

    private FreshNames() {
    }

    /** e.g. {@code reports-raw-k3x9a1-7}: the prefix, this JVM's run id, a counter. */
    public static String next(String prefix) {
        String clean = prefix.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "-");
        return clean + "-" + RUN + "-" + COUNTER.incrementAndGet();
    }
}
