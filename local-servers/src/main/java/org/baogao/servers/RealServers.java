package org.baogao.servers;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.baogao.servers.docker.DockerServers;
import org.baogao.servers.elasticsearch.BuildInfo;
import org.baogao.servers.elasticsearch.ElasticsearchNode;
import org.baogao.servers.elasticsearch.ElasticsearchUser;
import org.baogao.servers.kafka.KafkaBroker;
import org.baogao.servers.process.ChildProcess;
import org.baogao.servers.process.FreePorts;
import org.baogao.servers.process.OrphanGuard;
import org.baogao.servers.process.Readiness;

import static org.baogao.servers.process.Progress.log;

/**
 * A real Kafka broker and a real Elasticsearch, started together ({@link #start}) and stopped together
 * ({@link #close}, or the JVM shutdown hook unless they were started detached for bin/baogao up).
 */
public final class RealServers implements AutoCloseable {

    private final ServersMode mode;
    private final String kafkaBootstrap;
    private final String elasticsearchUrl;
    private final List<ChildProcess> processes;
    private final AutoCloseable stopper;
    private final Thread shutdownHook;
    private boolean closed;

    private RealServers(ServersMode mode, String kafkaBootstrap, String elasticsearchUrl,
                        List<ChildProcess> processes, AutoCloseable stopper, boolean stopAtExit) {
        this.mode = mode;
        this.kafkaBootstrap = kafkaBootstrap;
        this.elasticsearchUrl = elasticsearchUrl;
        this.processes = List.copyOf(processes);
        this.stopper = stopper;
        this.shutdownHook = stopAtExit ? new Thread(this::stopQuietly, "baogao-servers-stop") : null;
        if (shutdownHook != null) {
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
    }

    public static RealServers start(ServersOptions options) {
        ServersMode mode = options.mode().resolve();
        return switch (mode) {
            case EMBEDDED -> startEmbedded(options);
            case DOCKER -> startDocker(options);
            case EXTERNAL -> useExternal(options);
            case AUTO -> throw new IllegalStateException("AUTO resolves to a concrete mode");
        };
    }

    /** Kafka bootstrap servers, e.g. 127.0.0.1:9092. */
    public String kafkaBootstrap() {
        return kafkaBootstrap;
    }

    /** Elasticsearch base URL without trailing slash, e.g. http://127.0.0.1:9200. */
    public String elasticsearchUrl() {
        return elasticsearchUrl;
    }

    public ServersMode mode() {
        return mode;
    }

    /** The server processes this started (embedded mode only): Kafka first, then Elasticsearch. */
    public List<ChildProcess> processes() {
        return processes;
    }

    /** Stops what this started; servers of EXTERNAL mode are left alone. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        if (shutdownHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook runs or ran
            }
        }
        stopQuietly();
    }

    private synchronized void stopQuietly() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            stopper.close();
        } catch (Exception e) {
            log("stopping servers failed: " + e);
        }
    }

    private static RealServers startEmbedded(ServersOptions options) {
        Set<Integer> taken = new HashSet<>();
        int kafkaPort = port(options.kafkaPort(), taken);
        int controllerPort = port(options.kafkaControllerPort(), taken);
        int esPort = port(options.elasticsearchPort(), taken);
        int transportPort = port(options.elasticsearchTransportPort(), taken);
        Path stateDir = options.stateDir().toAbsolutePath();
        ElasticsearchUser esUser = ElasticsearchUser.forCurrentProcess();
        Path esWorkDir = reachableOrTmp(esUser, stateDir, "elasticsearch");
        Path installDir = esUser.canReach(options.elasticsearchInstallDir())
                ? options.elasticsearchInstallDir() : ServersOptions.sharedElasticsearchInstallDir();

        // Both start at once: Elasticsearch is the long pole, Kafka is ready well before it.
        CompletableFuture<KafkaBroker> kafkaStart = CompletableFuture.supplyAsync(() -> KafkaBroker.start(
                new KafkaBroker.Settings(stateDir.resolve("kafka"), kafkaPort, controllerPort,
                        options.kafkaHeap(), options.detached(), options.startTimeout())));
        ElasticsearchNode elasticsearch;
        try {
            elasticsearch = ElasticsearchNode.start(new ElasticsearchNode.Settings(esWorkDir, installDir, esPort,
                    transportPort, options.elasticsearchHeap(), "baogao-local", options.detached(),
                    options.startTimeout()));
        } catch (RuntimeException e) {
            // Wait for Kafka's start to end and stop it here: a broker left starting would outlive this JVM.
            try {
                kafkaStart.join().stop();
            } catch (CompletionException kafkaFailedToo) {
                e.addSuppressed(kafkaFailedToo.getCause());
            }
            throw e;
        }
        KafkaBroker kafka;
        try {
            kafka = kafkaStart.join();
        } catch (CompletionException e) {
            elasticsearch.stop();
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
        List<ChildProcess> processes = List.of(kafka.process(), elasticsearch.process());
        OrphanGuard guard = options.detached() ? null : OrphanGuard.watch(processes);
        AutoCloseable stopper = () -> {
            if (guard != null) {
                guard.release();
            }
            log("stopping Kafka (pid " + kafka.process().pid() + ") and Elasticsearch (pid "
                    + elasticsearch.process().pid() + ")");
            CompletableFuture<Void> kafkaStop = CompletableFuture.runAsync(kafka::stop);
            elasticsearch.stop();
            kafkaStop.join();
        };
        return new RealServers(ServersMode.EMBEDDED, kafka.bootstrapServers(), elasticsearch.url(), processes,
                stopper, !options.detached());
    }

    private static RealServers startDocker(ServersOptions options) {
        String kafkaVersion = BuildInfo.properties().getProperty("kafka.version");
        DockerServers docker = DockerServers.start(kafkaVersion, BuildInfo.elasticsearchVersion(),
                options.elasticsearchHeap());
        return new RealServers(ServersMode.DOCKER, docker.kafkaBootstrap(), docker.elasticsearchUrl(), List.of(),
                docker, true);
    }

    /** Servers somebody else runs (bin/baogao up): only checked, never stopped. */
    private static RealServers useExternal(ServersOptions options) {
        String bootstrap = required("baogao.kafka.bootstrap", "BAOGAO_KAFKA_BOOTSTRAP");
        String url = required("baogao.es.url", "BAOGAO_ES_URL").replaceAll("/+$", "");
        Duration timeout = Duration.ofSeconds(30);
        Readiness.await(null, timeout, () -> KafkaBroker.describeCluster(bootstrap));
        Readiness.await(null, timeout, () -> ElasticsearchNode.requireYellow(url));
        log("using running servers: Kafka " + bootstrap + ", Elasticsearch " + url);
        return new RealServers(ServersMode.EXTERNAL, bootstrap, url, List.of(), () -> { }, false);
    }

    private static String required(String property, String variable) {
        String value = System.getProperty(property, System.getenv(variable));
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(ServersMode.PROPERTY + "=external needs " + variable
                    + " (or -D" + property + ")");
        }
        return value.trim();
    }

    private static int port(int requested, Set<Integer> taken) {
        if (requested > 0) {
            taken.add(requested);
            return requested;
        }
        int port;
        do {
            port = FreePorts.pick();
        } while (!taken.add(port));
        return port;
    }

    /**
     * {@code stateDir/name} when the Elasticsearch user can reach it, else a directory under /tmp named after the
     * state dir (as root, a state dir below /root is out of reach for the unprivileged user).
     */
    private static Path reachableOrTmp(ElasticsearchUser user, Path stateDir, String name) {
        if (user.canReach(stateDir)) {
            return stateDir.resolve(name);
        }
        String key = Integer.toHexString(stateDir.toString().hashCode());
        Path fallback = Path.of(System.getProperty("java.io.tmpdir"), "baogao-" + key, name);
        log(stateDir + " is not reachable by user " + user.name() + "; Elasticsearch state goes to " + fallback);
        return fallback;
    }

    @Override
    public String toString() {
        return "RealServers[" + mode + ", kafka=" + kafkaBootstrap + ", elasticsearch=" + elasticsearchUrl + "]";
    }

}
