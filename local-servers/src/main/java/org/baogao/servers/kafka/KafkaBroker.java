package org.baogao.servers.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Uuid;
import org.baogao.servers.process.ChildProcess;
import org.baogao.servers.process.JvmClasspath;
import org.baogao.servers.process.Readiness;

import static org.baogao.servers.process.Progress.log;
import static org.baogao.servers.process.Progress.secondsSince;

/**
 * A real Kafka broker (KRaft, one node) in a child JVM that runs {@link KafkaBrokerMain} with the classpath of
 * the current JVM. State lives in {@code <dir>}: server.properties, data/, kafka.log.
 */
public final class KafkaBroker {

    /** What to start: where, on which ports, with how much heap, and whether it must outlive this JVM. */
    public record Settings(Path dir, int port, int controllerPort, String heap, boolean detached, Duration timeout) {
    }

    private final KafkaBrokerConfig config;
    private final ChildProcess process;

    private KafkaBroker(KafkaBrokerConfig config, ChildProcess process) {
        this.config = config;
        this.process = process;
    }

    public static KafkaBroker start(Settings settings) {
        long started = System.nanoTime();
        KafkaBrokerConfig config = new KafkaBrokerConfig(
                settings.port(), settings.controllerPort(), settings.dir().resolve("data"));
        log("starting Kafka " + kafkaVersion() + " (KRaft, one node) on 127.0.0.1:" + settings.port()
                + ", controller :" + settings.controllerPort() + ", state in " + settings.dir());
        ChildProcess process = launch(settings, config);
        try (Admin admin = probeClient(config.bootstrapServers())) {
            Readiness.await(process, settings.timeout(), () -> describeCluster(admin));
        } catch (RuntimeException e) {
            process.stop(Duration.ofSeconds(10));
            throw e;
        }
        log("Kafka ready on " + config.bootstrapServers() + " in " + secondsSince(started) + " s (pid " + process.pid()
                + ", log " + process.logFile() + ")");
        return new KafkaBroker(config, process);
    }

    public String bootstrapServers() {
        return config.bootstrapServers();
    }

    public ChildProcess process() {
        return process;
    }

    public void stop() {
        process.stop(Duration.ofSeconds(20));
    }

    private static ChildProcess launch(Settings settings, KafkaBrokerConfig config) {
        try {
            Path dir = Files.createDirectories(settings.dir());
            Files.createDirectories(config.dataDir());
            Path properties = dir.resolve("server.properties");
            Files.writeString(properties, config.render());
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add("-Xms256m");
            command.add("-Xmx" + settings.heap());
            command.add("-XX:+UseG1GC");
            command.add("-Djava.awt.headless=true");
            command.addAll(KafkaLogging.writeConfig(dir));
            command.add("-cp");
            command.add(JvmClasspath.current());
            command.add(KafkaBrokerMain.class.getName());
            command.add(properties.toString());
            command.add(config.dataDir().toString());
            command.add(clusterId(dir));
            // The inherited environment may carry options meant for the launcher's JVM.
            Map<String, String> environment = new HashMap<>();
            environment.put("JAVA_TOOL_OPTIONS", null);
            environment.put("_JAVA_OPTIONS", null);
            return ChildProcess.start(new ChildProcess.Spec(
                    "Kafka", command, environment, dir, dir.resolve("kafka.log"), settings.detached()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare Kafka state in " + settings.dir(), e);
        }
    }

    /** One cluster id per state dir, kept so a restarted broker matches its formatted storage. */
    private static String clusterId(Path dir) throws IOException {
        Path file = dir.resolve("cluster.id");
        if (Files.exists(file)) {
            return Files.readString(file).trim();
        }
        String id = Uuid.randomUuid().toString();
        Files.writeString(file, id + "\n");
        return id;
    }

    /** Throws until the broker at {@code bootstrapServers} answers. */
    public static void describeCluster(String bootstrapServers) throws Exception {
        try (Admin admin = probeClient(bootstrapServers)) {
            describeCluster(admin);
        }
    }

    /** One client for all polls of a start: each new client would log its whole configuration. */
    private static Admin probeClient(String bootstrapServers) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "baogao-servers-probe");
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "2000");
        props.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "500");
        return Admin.create(props);
    }

    private static void describeCluster(Admin admin) throws Exception {
        int nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs(2000))
                .nodes().get(3, TimeUnit.SECONDS).size();
        if (nodes == 0) {
            throw new IllegalStateException("no broker registered yet");
        }
    }

    static String kafkaVersion() {
        return org.apache.kafka.common.utils.AppInfoParser.getVersion();
    }
}
