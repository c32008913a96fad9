package org.baogao.servers.process;

/** What the starters are doing, on stdout: seen by a person running bin/baogao and kept in test reports. */
public final class Progress {

    private Progress() {
    }

    public static void log(String message) {
        System.out.println("[baogao-servers] " + message);
        System.out.flush();
    }

    /** Whole seconds since {@code startedNanos} (a {@link System#nanoTime()} value), rounded. */
    public static long secondsSince(long startedNanos) {
        return Math.round((System.nanoTime() - startedNanos) / 1e9);
    }
}
