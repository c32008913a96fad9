package org.baogao.servers.process;

import java.time.Duration;

/** Polls a readiness probe until it answers, the server process dies, or time runs out. */
public final class Readiness {

    /** A probe returns normally when the server is ready and throws while it is not. */
    @FunctionalInterface
    public interface Probe {
        void check() throws Exception;
    }

    private Readiness() {
    }

    public static void await(ChildProcess process, Duration timeout, Probe probe) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline) {
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException(process.name() + " exited during start-up; last log lines of "
                        + process.logFile() + ":\n" + process.logTail(40));
            }
            try {
                probe.check();
                return;
            } catch (Exception notYet) {
                last = notYet;
            }
            sleep(Duration.ofMillis(250));
        }
        String name = process == null ? "server" : process.name();
        String tail = process == null ? "" : "; last log lines of " + process.logFile() + ":\n" + process.logTail(40);
        throw new IllegalStateException(name + " not ready after " + timeout.toSeconds() + " s (last probe: "
                + (last == null ? "none" : last) + ")" + tail);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a server", e);
        }
    }
}
