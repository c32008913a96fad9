package org.baogao.servers;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import org.baogao.servers.process.ChildProcess;

/**
 * {@code <state-dir>/servers.properties}: what {@code ServersCli up} left running (pids, process start times
 * to detect pid reuse, addresses, logs), read back by {@code status} and {@code down}.
 */
final class ServersState {

    static final String FILE_NAME = "servers.properties";

    /** One server as recorded. */
    record Entry(String name, long pid, Instant started, String address, Path log) {

        Optional<ChildProcess> process() {
            return ChildProcess.attach(name, pid, started, log);
        }
    }

    private final Entry kafka;
    private final Entry elasticsearch;

    ServersState(Entry kafka, Entry elasticsearch) {
        this.kafka = kafka;
        this.elasticsearch = elasticsearch;
    }

    Entry kafka() {
        return kafka;
    }

    Entry elasticsearch() {
        return elasticsearch;
    }

    static ServersState of(RealServers servers) {
        ChildProcess kafka = servers.processes().get(0);
        ChildProcess elasticsearch = servers.processes().get(1);
        return new ServersState(
                entry(kafka, servers.kafkaBootstrap()),
                entry(elasticsearch, servers.elasticsearchUrl()));
    }

    private static Entry entry(ChildProcess process, String address) {
        return new Entry(process.name(), process.pid(), process.startInstant().orElse(null), address,
                process.logFile());
    }

    static Optional<ServersState> read(Path stateDir) {
        Path file = stateDir.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(reader);
            return Optional.of(new ServersState(entry(p, "kafka", "Kafka"), entry(p, "elasticsearch", "Elasticsearch")));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("unreadable " + file + ": " + e.getMessage(), e);
        }
    }

    private static Entry entry(Properties p, String key, String name) {
        String started = p.getProperty(key + ".started", "");
        return new Entry(name, Long.parseLong(p.getProperty(key + ".pid")),
                started.isEmpty() ? null : Instant.parse(started),
                p.getProperty(key + ".address"), Path.of(p.getProperty(key + ".log")));
    }

    void write(Path stateDir) {
        Properties p = new Properties();
        put(p, "kafka", kafka);
        put(p, "elasticsearch", elasticsearch);
        Path file = stateDir.resolve(FILE_NAME);
        Path temporary = stateDir.resolve(FILE_NAME + ".tmp");
        try {
            Files.createDirectories(stateDir);
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                p.store(writer, "Written by ServersCli up; read by status and down");
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static void put(Properties p, String key, Entry entry) {
        p.setProperty(key + ".pid", Long.toString(entry.pid()));
        p.setProperty(key + ".started", entry.started() == null ? "" : entry.started().toString());
        p.setProperty(key + ".address", entry.address());
        p.setProperty(key + ".log", entry.log().toString());
    }

    static void delete(Path stateDir) {
        try {
            Files.deleteIfExists(stateDir.resolve(FILE_NAME));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
