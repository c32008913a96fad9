package org.baogao.servers.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stopping whole process trees, and the guard that stops them when their launcher dies. */
class ProcessTreeTest {

    @TempDir
    Path dir;

    @Test
    void stopEndsTheProcessAndItsChildren() throws Exception {
        ChildProcess parent = ChildProcess.start(new ChildProcess.Spec("tree",
                List.of("/bin/sh", "-c", "sleep 300 & sleep 300 & echo started; wait"), Map.of(), dir,
                dir.resolve("tree.log"), false));
        awaitChildren(parent, 2);
        List<ProcessHandle> children = ProcessHandle.of(parent.pid()).orElseThrow().children().toList();

        parent.stop(Duration.ofSeconds(5));

        assertThat(parent.isAlive()).isFalse();
        assertThat(children).noneMatch(ProcessHandle::isAlive);
        assertThat(parent.logTail(5)).contains("started");
    }

    @Test
    void aServerThatIgnoresSigtermIsKilledAfterTheGrace() throws Exception {
        ChildProcess stubborn = ChildProcess.start(new ChildProcess.Spec("stubborn",
                List.of("/bin/sh", "-c", "trap '' TERM; echo up; while true; do sleep 1; done"), Map.of(), dir,
                dir.resolve("stubborn.log"), false));
        Thread.sleep(300);

        stubborn.stop(Duration.ofMillis(500));

        assertThat(stubborn.isAlive()).isFalse();
    }

    @Test
    void theGuardStopsServersWhoseLauncherDied() throws Exception {
        Process launcher = new ProcessBuilder("sleep", "1").start();
        Process server = new ProcessBuilder("sleep", "300").start();

        OrphanGuard.watch(launcher.pid(), List.of(server.pid()));

        assertThat(server.waitFor(15, TimeUnit.SECONDS)).as("server stopped after its launcher died").isTrue();
    }

    @Test
    void aReleasedGuardLeavesServersAlone() throws Exception {
        Process launcher = new ProcessBuilder("sleep", "1").start();
        Process server = new ProcessBuilder("sleep", "300").start();
        try {
            OrphanGuard.watch(launcher.pid(), List.of(server.pid())).release();
            launcher.waitFor();
            assertThat(server.waitFor(2, TimeUnit.SECONDS)).isFalse();
        } finally {
            server.destroyForcibly();
        }
    }

    private static void awaitChildren(ChildProcess process, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (ProcessHandle.of(process.pid()).orElseThrow().children().count() < count
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }
}
