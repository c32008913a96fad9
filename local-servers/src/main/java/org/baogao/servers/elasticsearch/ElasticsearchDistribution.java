package org.baogao.servers.elasticsearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.baogao.servers.process.FileTrees;
import org.baogao.servers.process.Progress;

/**
 * The Elasticsearch distribution (Maven Central's integ-test-zip), brought by the Maven build of this module,
 * unzipped once into an install dir that is then reused. Nothing is downloaded at run time.
 */
public final class ElasticsearchDistribution {

    private static final String COORDINATES = "org/elasticsearch/distribution/integ-test-zip/elasticsearch";
    private static final String MARKER = ".baogao-installed";

    private final String version;
    private final Path zip;

    private ElasticsearchDistribution(String version, Path zip) {
        this.version = version;
        this.zip = zip;
    }

    /** The distribution recorded by the build (see build.properties), or the one named by baogao.es.zip. */
    public static ElasticsearchDistribution locate() {
        Properties build = BuildInfo.properties();
        String version = build.getProperty("elasticsearch.version");
        List<Path> candidates = new ArrayList<>();
        explicitZip().ifPresent(candidates::add);
        candidates.add(Path.of(build.getProperty("elasticsearch.zip.build")));
        String repoFromProperty = System.getProperty("maven.repo.local");
        if (repoFromProperty != null) {
            candidates.add(inRepository(Path.of(repoFromProperty), version));
        }
        candidates.add(inRepository(Path.of(build.getProperty("maven.localRepository")), version));
        candidates.add(inRepository(Path.of(System.getProperty("user.home"), ".m2", "repository"), version));
        Path zip = candidates.stream().filter(Files::isRegularFile).findFirst()
                .orElseThrow(() -> new IllegalStateException("Elasticsearch " + version + " distribution not found in "
                        + candidates + ". Build this module once (./mvnw -pl local-servers package): Maven fetches "
                        + "it from Maven Central. Or point -Dbaogao.es.zip / BAOGAO_ES_ZIP at the zip."));
        return new ElasticsearchDistribution(version, zip);
    }

    private static Optional<Path> explicitZip() {
        String value = System.getProperty("baogao.es.zip", System.getenv("BAOGAO_ES_ZIP"));
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(Path.of(value));
    }

    private static Path inRepository(Path repository, String version) {
        return repository.resolve(COORDINATES).resolve(version).resolve("elasticsearch-" + version + ".zip");
    }

    public String version() {
        return version;
    }

    public Path zip() {
        return zip;
    }

    /**
     * Unzips into {@code installDir} unless an earlier run already did. The zip is expanded next to the target
     * and moved into place in one step, so an interrupted unzip is never mistaken for an install and two JVMs
     * racing to install end up with one complete copy.
     */
    public Path install(Path installDir) {
        if (Files.exists(installDir.resolve(MARKER))) {
            return installDir;
        }
        long started = System.nanoTime();
        Progress.log("unpacking Elasticsearch " + version + " from " + zip + " into " + installDir);
        try {
            Files.createDirectories(installDir.getParent());
            Path staging = Files.createTempDirectory(installDir.getParent(), ".es-unpack-");
            unzip(zip, staging);
            Path home = staging.resolve("elasticsearch-" + version);
            makeReadableForAll(home);
            Files.writeString(home.resolve(MARKER), zip + "\n");
            try {
                Files.move(home, installDir, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException | AtomicMoveNotSupportedException e) {
                if (!Files.exists(installDir.resolve(MARKER))) {
                    throw e;
                }
            }
            FileTrees.deleteRecursively(staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot install Elasticsearch into " + installDir, e);
        }
        Progress.log("unpacked Elasticsearch in " + Progress.secondsSince(started) + " s");
        return installDir;
    }

    private static void unzip(Path zip, Path target) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                Path out = target.resolve(entry.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("zip entry escapes the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    try (InputStream in = file.getInputStream(entry)) {
                        Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
    }

    /**
     * java.util.zip drops Unix modes: scripts under bin/ become executable again, and everything is readable by
     * all because Elasticsearch may run as an unprivileged user.
     */
    private static void makeReadableForAll(Path home) throws IOException {
        FileTrees.walk(home, path -> {
            boolean executable = Files.isDirectory(path) || path.getParent().getFileName().toString().equals("bin");
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
        });
    }
}
