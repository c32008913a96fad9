package org.baogao.e2e;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waiting for the pipeline: a condition asked again until it holds or the time is up, then the test fails. */
public final class Waiting {

    public static void until(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for " + what);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what, e);
            }
        }
    }

    private Waiting() {
    }
}
