package org.baogao.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Measured durations in milliseconds, and their percentiles (nearest rank). */
public final class Latencies {
    private final List<Double> millis = Collections.synchronizedList(new ArrayList<>());

    public void add(double ms) {
        millis.add(ms);
    }

    public void addNanos(long nanos) {
        add(nanos / 1e6);
    }

    /** Adds every measurement of another set (for figures over several queries). */
    public void addAll(Latencies other) {
        synchronized (other.millis) {
            millis.addAll(other.millis);
        }
    }

    public int count() {
        return millis.size();
    }

    /** The p-th percentile (0–100) by nearest rank; NaN when empty. */
    public double percentile(double p) {
        List<Double> sorted;
        synchronized (millis) {
            sorted = new ArrayList<>(millis);
        }
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    public double p50() {
        return percentile(50);
    }

    public double p99() {
        return percentile(99);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "p50 %.1f ms, p99 %.1f ms (n=%d)", p50(), p99(), count());
    }
}
