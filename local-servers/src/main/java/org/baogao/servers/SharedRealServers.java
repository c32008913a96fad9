package org.baogao.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.baogao.servers.process.FileTrees;

import static org.baogao.servers.process.Progress.log;

/**
 * One Kafka and one Elasticsearch for the whole test JVM: started on first use, on free ports, with state in a
 * fresh temporary directory, and stopped (state deleted) by a shutdown hook when the JVM ends. Every test class
 * shares them and isolates itself with fresh topic and index names (see {@link FreshNames}).
 */
public final class SharedRealServers {

    private static RealServers servers;
    private static RuntimeException failure;

    private SharedRealServers() {
    }

    /** The servers of this JVM, started on the first call. A failed start is not retried by later callers. */
    public static synchronized RealServers get() {
        if (failure != null) {
            throw new IllegalStateException("the shared servers failed to start earlier in this JVM", failure);
        }
        if (servers == null) {
            try {
                servers = startForThisJvm();
            } catch (RuntimeException e) {
                failure = e;
                throw e;
            }
        }
        return servers;
    }

    private static RealServers startForThisJvm() {
        Path stateDir = temporaryStateDir();
        ServersOptions options = ServersOptions.defaults(stateDir)
                .withElasticsearchInstallDir(ServersOptions.sharedElasticsearchInstallDir());
        RealServers started = RealServers.start(options);
        // Registered after RealServers' own hook, but hooks run concurrently: deletion waits for the stop.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            started.close();
            deleteQuietly(stateDir);
        }, "baogao-servers-cleanup"));
        return started;
    }

    /** Mode 755, not the 700 of createTempDirectory: Elasticsearch may run as another user and must get in. */
    private static Path temporaryStateDir() {
        try {
            Path dir = Files.createTempDirectory("baogao-servers-");
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a state directory for the test servers", e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try {
            FileTrees.deleteRecursively(dir);
        } catch (IOException | UncheckedIOException e) {
            log("could not delete " + dir + ": " + e);
        }
    }
}
