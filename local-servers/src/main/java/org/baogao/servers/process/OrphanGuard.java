package org.baogao.servers.process;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Stops servers whose launcher died without running its shutdown hooks (a test JVM killed by a timeout, or
 * with SIGKILL): a small shell process waits for the launcher's pid to go away, then sends SIGTERM to the
 * servers' process trees and SIGKILL to whatever is left 30 s later. {@link #release()} ends the guard when the
 * launcher stops the servers itself.
 */
public final class OrphanGuard {

    private static final String SCRIPT = String.join("\n",
            "launcher=$1; shift",
            "tail --pid=\"$launcher\" -f /dev/null 2>/dev/null || while kill -0 \"$launcher\" 2>/dev/null; do sleep 1; done",
            "kill -TERM \"$@\" 2>/dev/null",
            "for i in $(seq 1 30); do kill -0 \"$@\" 2>/dev/null || exit 0; sleep 1; done",
            "kill -KILL \"$@\" 2>/dev/null",
            "exit 0");

    private final Process guard;

    private OrphanGuard(Process guard) {
        this.guard = guard;
    }

    /** Guards {@code servers} and their current descendants against the death of this JVM. */
    public static OrphanGuard watch(List<ChildProcess> servers) {
        return watch(ProcessHandle.current().pid(), servers.stream().map(ChildProcess::pid).toList());
    }

    static OrphanGuard watch(long launcherPid, List<Long> serverPids) {
        List<String> pids = new ArrayList<>();
        for (long pid : serverPids) {
            pids.add(Long.toString(pid));
            ProcessHandle.of(pid).ifPresent(handle ->
                    handle.descendants().forEach(child -> pids.add(Long.toString(child.pid()))));
        }
        List<String> command = new ArrayList<>(List.of("/bin/sh", "-c", SCRIPT, "baogao-orphan-guard",
                Long.toString(launcherPid)));
        command.addAll(pids);
        try {
            Process guard = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            return new OrphanGuard(guard);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the orphan guard for pids "
                    + pids.stream().collect(Collectors.joining(" ")), e);
        }
    }

    /** Ends the guard without touching the servers (their owner stops them). */
    public void release() {
        guard.descendants().forEach(ProcessHandle::destroyForcibly);
        guard.destroyForcibly();
    }
}
