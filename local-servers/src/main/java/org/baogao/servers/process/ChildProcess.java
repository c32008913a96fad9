package org.baogao.servers.process;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A server process started by us (or found again from a pid file) whose whole process tree we can stop.
 * Output goes to a log file, never to a pipe: a pipe nobody reads would block the server once the CLI exits.
 */
public final class ChildProcess {

    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private final String name;
    private final ProcessHandle handle;
    private final Path logFile;

    private ChildProcess(String name, ProcessHandle handle, Path logFile) {
        this.name = name;
        this.handle = handle;
        this.logFile = logFile;
    }

    /**
     * What to run. {@code environment} entries are added to the inherited environment; a null value removes
     * the variable. A detached child gets its own session (setsid), so it outlives the launcher and does not
     * receive the terminal's Ctrl-C or hang-up.
     */
    public record Spec(String name, List<String> command, Map<String, String> environment, Path workDir,
                       Path logFile, boolean detached) {
    }

    public static ChildProcess start(Spec spec) {
        String name = spec.name();
        List<String> fullCommand = new ArrayList<>();
        if (spec.detached() && Files.isExecutable(SETSID)) {
            fullCommand.add(SETSID.toString());
        }
        fullCommand.addAll(spec.command());
        Path logFile = spec.logFile();
        ProcessBuilder builder = new ProcessBuilder(fullCommand)
                .directory(spec.workDir().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        spec.environment().forEach((key, value) -> {
            if (value == null) {
                builder.environment().remove(key);
            } else {
                builder.environment().put(key, value);
            }
        });
        try {
            Process process = builder.start();
            return new ChildProcess(name, process.toHandle(), logFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name + ": " + String.join(" ", fullCommand), e);
        }
    }

    /** Finds a process again from a pid file entry; empty when it is gone or the pid was reused since. */
    public static Optional<ChildProcess> attach(String name, long pid, Instant expectedStart, Path logFile) {
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(handle -> expectedStart == null || sameStart(handle, expectedStart))
                .map(handle -> new ChildProcess(name, handle, logFile));
    }

    private static boolean sameStart(ProcessHandle handle, Instant expectedStart) {
        return handle.info().startInstant()
                .map(start -> Duration.between(start, expectedStart).abs().toMillis() < 2_000)
                .orElse(true);
    }

    public String name() {
        return name;
    }

    public long pid() {
        return handle.pid();
    }

    public Optional<Instant> startInstant() {
        return handle.info().startInstant();
    }

    public boolean isAlive() {
        return handle.isAlive();
    }

    public Path logFile() {
        return logFile;
    }

    /**
     * SIGTERM to the process and all its descendants, SIGKILL to whatever is left after {@code grace}.
     * Descendants are collected first: once the root is gone they are re-parented and no longer found.
     */
    public void stop(Duration grace) {
        List<ProcessHandle> tree = new ArrayList<>();
        tree.add(handle);
        handle.descendants().forEach(tree::add);
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + grace.toNanos();
        for (ProcessHandle process : tree) {
            long remaining = deadline - System.nanoTime();
            if (remaining > 0) {
                try {
                    process.onExit().get(remaining, TimeUnit.NANOSECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                } catch (Exception timeoutOrFailure) {
                    // killed below
                }
            }
        }
        List<ProcessHandle> left = tree.stream().filter(ProcessHandle::isAlive).toList();
        left.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle process : left) {
            try {
                process.onExit().get(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception stillThere) {
                // SIGKILL cannot be refused; a process in uninterruptible sleep goes when the kernel lets it
            }
        }
    }

    /** The last lines of the log, to explain a failed start. */
    public String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log at " + logFile + ")";
        }
    }
}
