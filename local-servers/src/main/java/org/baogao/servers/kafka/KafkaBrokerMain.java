package org.baogao.servers.kafka;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Main class of the broker child JVM: formats the KRaft storage on first start, then runs kafka.Kafka.
 * Doing both in one JVM saves a second JVM start-up. Arguments: server.properties path, cluster id.
 */
public final class KafkaBrokerMain {

    private KafkaBrokerMain() {
    }

    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: KafkaBrokerMain <server.properties> <log dir> <cluster id>");
            System.exit(2);
        }
        String properties = args[0];
        Path logDir = Path.of(args[1]);
        String clusterId = args[2];
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            int formatted = kafka.tools.StorageTool.execute(
                    new String[] {"format", "--config", properties, "--cluster-id", clusterId}, System.out);
            if (formatted != 0) {
                System.err.println("formatting KRaft storage in " + logDir + " failed with " + formatted);
                System.exit(formatted);
            }
        }
        kafka.Kafka.main(new String[] {properties});
    }
}
