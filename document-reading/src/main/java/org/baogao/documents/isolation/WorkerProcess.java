package org.baogao.documents.isolation;

import org.baogao.documents.DocumentText;
import org.baogao.documents.ReadingLimits;
import org.baogao.documents.UnreadableDocumentException;
import org.baogao.documents.UnreadableDocumentException.Problem;
import org.baogao.filetypes.FileType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** One reader JVM: how it is started, asked, watched and stopped. */
final class WorkerProcess {
    private static final Logger log = LoggerFactory.getLogger(WorkerProcess.class);
    /** What the JVM exits with after -XX:+ExitOnOutOfMemoryError. */
    private static final int OUT_OF_MEMORY_EXIT = 3;
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "reader-watchdog");
        t.setDaemon(true);
        return t;
    });

    private final Process process;
    private final Path tempDir;
    private final int heapMb;
    private final DataOutputStream requests;
    private final DataInputStream answers;
    private volatile boolean timedOut;

    private WorkerProcess(Process process, Path tempDir, int heapMb) {
        this.process = process;
        this.tempDir = tempDir;
        this.heapMb = heapMb;
        this.requests = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
        this.answers = new DataInputStream(new BufferedInputStream(process.getInputStream()));
        Thread logs = new Thread(this::logErrors, "reader-" + process.pid() + "-stderr");
        logs.setDaemon(true);
        logs.start();
    }

    static WorkerProcess start(ReadingLimits limits, String readerClass) {
        try {
            Path tempDir = Files.createTempDirectory("baogao-reader");
            List<String> command = new ArrayList<>(List.of(javaCommand(), "-Xmx" + limits.workerHeapMb() + "m",
                    // Parallel GC gives up early when a parser only allocates (GC overhead limit) instead of thrashing.
                    "-XX:+ExitOnOutOfMemoryError", "-XX:+UseParallelGC", "-XX:ParallelGCThreads=1", "-Xss4m", "-Djava.awt.headless=true",
                    "-Dfile.encoding=UTF-8", "-Djava.io.tmpdir=" + tempDir,
                    "-Dlogback.configurationFile=org/baogao/documents/isolation/worker-logback.xml"));
            command.addAll(mainClass());
            command.addAll(List.of(Long.toString(limits.ocrPageTimeout().toSeconds()), Integer.toString(limits.maxPages()),
                    Integer.toString(limits.maxOcrPages()), Integer.toString(limits.maxCharacters()),
                    Integer.toString(limits.ocrDpi())));
            if (readerClass != null) {
                command.add(readerClass);
            }
            Process process = new ProcessBuilder(command).start();
            log.info("started document reader process {} (heap {} MB)", process.pid(), limits.workerHeapMb());
            return new WorkerProcess(process, tempDir, limits.workerHeapMb());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the document reader process", e);
        }
    }

    /**
     * The classpath of this JVM; inside a Spring Boot jar the classes sit in nested jars the plain class path
     * does not see, so Boot's own launcher starts the worker's main class.
     */
    private static List<String> mainClass() {
        String classPath = System.getProperty("java.class.path");
        boolean nestedJar = WorkerProcess.class.getClassLoader() != ClassLoader.getSystemClassLoader()
                && classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator);
        if (nestedJar) {
            return List.of("-cp", classPath, "-Dloader.main=" + ReadingWorker.class.getName(),
                    "org.springframework.boot.loader.launch.PropertiesLauncher");
        }
        return List.of("-cp", classPath, ReadingWorker.class.getName());
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    DocumentText read(byte[] bytes, FileType type, Duration timeout) throws UnreadableDocumentException {
        ScheduledFuture<?> deadline = WATCHDOG.schedule(() -> {
            timedOut = true;
            stop();
        }, timeout.toMillis(), TimeUnit.MILLISECONDS);
        try {
            WorkerProtocol.writeRequest(requests, bytes, type);
            return WorkerProtocol.readAnswer(answers);
        } catch (IOException e) {
            stop();
            throw whyItDied(type, timeout, e);
        } finally {
            deadline.cancel(false);
        }
    }

    private UnreadableDocumentException whyItDied(FileType type, Duration timeout, IOException e) {
        if (timedOut) {
            return new UnreadableDocumentException(Problem.OVER_LIMIT, "reading the " + type.description()
                    + " took longer than " + timeout.toSeconds() + " s and was stopped", e);
        }
        int exit = exitValue();
        if (exit == OUT_OF_MEMORY_EXIT) {
            return new UnreadableDocumentException(Problem.OVER_LIMIT, "reading the " + type.description()
                    + " needed more than the " + heapMb + " MB it may use and was stopped", e);
        }
        return new UnreadableDocumentException(Problem.DAMAGED, "the reader of the " + type.description()
                + " crashed on it (exit " + exit + ")", e);
    }

    private int exitValue() {
        try {
            return process.waitFor(10, TimeUnit.SECONDS) ? process.exitValue() : -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Kills the process and what it started (Tesseract), and removes its temporary files. */
    void stop() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(tempDir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            log.debug("could not remove {}", tempDir, e);
        }
    }

    private void logErrors() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                log.warn("reader {}: {}", process.pid(), line);
            }
        } catch (IOException e) {
            // the process is gone
        }
    }
}
