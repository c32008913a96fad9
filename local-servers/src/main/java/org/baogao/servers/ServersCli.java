package org.baogao.servers;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.baogao.servers.elasticsearch.ElasticsearchNode;
import org.baogao.servers.kafka.KafkaBroker;
import org.baogao.servers.process.ChildProcess;
import org.baogao.servers.process.FileTrees;
import org.baogao.servers.process.FreePorts;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Starts, inspects and stops a detached real Kafka and Elasticsearch for bin/baogao:
 * <pre>
 * java -cp 'local-servers/target/local-servers-0.1.0-SNAPSHOT.jar:local-servers/target/lib/*' \
 *      org.baogao.servers.ServersCli up|down|status [--state-dir DIR] [--kafka-port 9092] [--es-port 9200]
 * </pre>
 * {@code up} leaves both running after it exits and prints {@code BAOGAO_KAFKA_BOOTSTRAP=...} and
 * {@code BAOGAO_ES_URL=...} lines; exit codes: 0 success, 1 failure, 3 (status) not running.
 */
@Command(name = "servers", mixinStandardHelpOptions = true,
        description = "Real Kafka (KRaft) and Elasticsearch on this machine, without Docker.",
        subcommands = {ServersCli.Up.class, ServersCli.Down.class, ServersCli.Status.class, PipelineProbe.Lag.class,
                PipelineProbe.Keys.class})
public final class ServersCli {

    static final int NOT_RUNNING = 3;

    public static void main(String[] args) {
        System.exit(new CommandLine(new ServersCli()).execute(args));
    }

    /** Where state lives; shared by every subcommand. */
    static final class StateDirOption {
        @Option(names = "--state-dir", defaultValue = ".baogao",
                description = "Directory for data, logs, pid file (default: ${DEFAULT-VALUE} in the current directory).")
        Path stateDir;

        Path dir() {
            return stateDir.toAbsolutePath().normalize();
        }
    }

    @Command(name = "up", mixinStandardHelpOptions = true,
            description = "Start Kafka and Elasticsearch detached and wait until both are ready (idempotent).")
    static final class Up implements Callable<Integer> {
        @Mixin
        StateDirOption state;
        @Spec
        CommandLine.Model.CommandSpec spec;
        @Option(names = "--kafka-port", defaultValue = "9092", description = "Kafka PLAINTEXT port (${DEFAULT-VALUE}).")
        int kafkaPort;
        @Option(names = "--kafka-controller-port", description = "KRaft controller port (default: Kafka port + 1).")
        Integer controllerPort;
        @Option(names = "--es-port", defaultValue = "9200", description = "Elasticsearch HTTP port (${DEFAULT-VALUE}).")
        int esPort;
        @Option(names = "--es-transport-port", description = "Elasticsearch transport port (default: HTTP port + 100).")
        Integer esTransportPort;
        @Option(names = "--es-heap", description = "Elasticsearch heap, e.g. 1g (default: BAOGAO_ES_HEAP or 1g).")
        String esHeap;
        @Option(names = "--kafka-heap", description = "Kafka heap, e.g. 512m (default: BAOGAO_KAFKA_HEAP or 512m).")
        String kafkaHeap;
        @Option(names = "--timeout", defaultValue = "180", description = "Seconds to wait for readiness (${DEFAULT-VALUE}).")
        int timeoutSeconds;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Path dir = state.dir();
            Optional<ServersState> recorded = ServersState.read(dir);
            if (recorded.isPresent()) {
                if (bothReady(recorded.get())) {
                    out.println("already running (state in " + dir + ")");
                    printAddresses(out, recorded.get());
                    return 0;
                }
                out.println("recorded servers are not (all) running: stopping leftovers and starting afresh");
                stopRecorded(out, recorded.get());
                ServersState.delete(dir);
            }
            int controllerPort = this.controllerPort != null ? this.controllerPort : kafkaPort + 1;
            int esTransportPort = this.esTransportPort != null ? this.esTransportPort : esPort + 100;
            for (int port : List.of(kafkaPort, controllerPort, esPort, esTransportPort)) {
                if (FreePorts.inUse(port)) {
                    spec.commandLine().getErr().println("port " + port + " on 127.0.0.1 is already in use by another "
                            + "program; stop it or choose other ports (--kafka-port, --es-port, ...)");
                    return 1;
                }
            }
            ServersOptions defaults = ServersOptions.defaults(dir);
            ServersOptions options = defaults
                    .withMode(ServersMode.EMBEDDED)
                    .withDetached(true)
                    .withKafkaPorts(kafkaPort, controllerPort)
                    .withElasticsearchPorts(esPort, esTransportPort)
                    .withHeaps(kafkaHeap == null ? defaults.kafkaHeap() : kafkaHeap,
                            esHeap == null ? defaults.elasticsearchHeap() : esHeap)
                    .withStartTimeout(Duration.ofSeconds(timeoutSeconds));
            RealServers servers = RealServers.start(options);
            ServersState started = ServersState.of(servers);
            started.write(dir);
            printAddresses(out, started);
            return 0;
        }
    }

    @Command(name = "down", mixinStandardHelpOptions = true,
            description = "Stop the servers started by up (SIGTERM, then SIGKILL after a timeout).")
    static final class Down implements Callable<Integer> {
        @Mixin
        StateDirOption state;
        @Spec
        CommandLine.Model.CommandSpec spec;
        @Option(names = "--purge", description = "Also delete the servers' data and logs (keeps the unpacked distribution).")
        boolean purge;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            Path dir = state.dir();
            Optional<ServersState> recorded = ServersState.read(dir);
            if (recorded.isEmpty()) {
                out.println("not running (no " + ServersState.FILE_NAME + " in " + dir + ")");
            } else {
                stopRecorded(out, recorded.get());
                ServersState.delete(dir);
            }
            if (purge) {
                FileTrees.deleteRecursively(dir.resolve("kafka"));
                FileTrees.deleteRecursively(dir.resolve("elasticsearch"));
                // Elasticsearch's state may live outside the state dir (see RealServers): next to its log.
                if (recorded.isPresent()) {
                    FileTrees.deleteRecursively(recorded.get().elasticsearch().log().getParent());
                }
                out.println("deleted Kafka and Elasticsearch data of " + dir);
            }
            return 0;
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Print whether the servers run and answer; exit 0 when both do, 3 otherwise.")
    static final class Status implements Callable<Integer> {
        @Mixin
        StateDirOption state;
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Optional<ServersState> recorded = ServersState.read(state.dir());
            if (recorded.isEmpty()) {
                out.println("Kafka: stopped");
                out.println("Elasticsearch: stopped");
                return NOT_RUNNING;
            }
            boolean kafka = report(out, recorded.get().kafka(), () -> KafkaBroker.describeCluster(
                    recorded.get().kafka().address()));
            boolean elasticsearch = report(out, recorded.get().elasticsearch(), () -> ElasticsearchNode.requireYellow(
                    recorded.get().elasticsearch().address()));
            return kafka && elasticsearch ? 0 : NOT_RUNNING;
        }

        private static boolean report(PrintWriter out, ServersState.Entry entry, Probe probe) {
            Optional<ChildProcess> process = entry.process();
            if (process.isEmpty()) {
                out.println(entry.name() + ": stopped (was pid " + entry.pid() + ", log " + entry.log() + ")");
                return false;
            }
            boolean answers = answers(probe);
            out.println(entry.name() + ": running, pid " + entry.pid() + ", " + entry.address()
                    + (answers ? ", ready" : ", NOT answering") + ", log " + entry.log());
            return answers;
        }
    }

    @FunctionalInterface
    interface Probe {
        void check() throws Exception;
    }

    private static boolean answers(Probe probe) {
        try {
            probe.check();
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private static boolean bothReady(ServersState state) {
        return state.kafka().process().isPresent() && state.elasticsearch().process().isPresent()
                && answers(() -> KafkaBroker.describeCluster(state.kafka().address()))
                && answers(() -> ElasticsearchNode.requireYellow(state.elasticsearch().address()));
    }

    private static void stopRecorded(PrintWriter out, ServersState state) {
        for (ServersState.Entry entry : List.of(state.elasticsearch(), state.kafka())) {
            Optional<ChildProcess> process = entry.process();
            if (process.isPresent()) {
                out.println("stopping " + entry.name() + " (pid " + entry.pid() + ")");
                out.flush();
                process.get().stop(Duration.ofSeconds(30));
            } else {
                out.println(entry.name() + " was not running");
            }
        }
    }

    private static void printAddresses(PrintWriter out, ServersState state) {
        out.println("BAOGAO_KAFKA_BOOTSTRAP=" + state.kafka().address());
        out.println("BAOGAO_ES_URL=" + state.elasticsearch().address());
        out.flush();
    }
}
