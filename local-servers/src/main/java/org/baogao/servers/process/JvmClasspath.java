package org.baogao.servers.process;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The classpath of the running JVM, for a child JVM that runs Kafka: kafka_2.13 is a dependency of this module,
 * so wherever this class runs (surefire in any module, or the CLI from target/lib) the broker jars are there.
 * Surefire may hand the JVM a single "manifest-only" jar whose Class-Path attribute lists the real entries;
 * those are expanded so the child does not depend on a booter jar that surefire deletes.
 */
public final class JvmClasspath {

    private JvmClasspath() {
    }

    public static String current() {
        return String.join(File.pathSeparator, expand(System.getProperty("java.class.path", "")));
    }

    static List<String> expand(String classpath) {
        Set<String> entries = new LinkedHashSet<>();
        for (String entry : classpath.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                entries.add(Path.of(entry).toAbsolutePath().toString());
            }
        }
        if (entries.size() == 1) {
            entries.addAll(manifestClassPath(Path.of(entries.iterator().next())));
        }
        return new ArrayList<>(entries);
    }

    private static List<String> manifestClassPath(Path jar) {
        if (!Files.isRegularFile(jar) || !jar.toString().endsWith(".jar")) {
            return List.of();
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            String classPath = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
            if (classPath == null || classPath.isBlank()) {
                return List.of();
            }
            List<String> entries = new ArrayList<>();
            URI base = jar.getParent().toUri();
            for (String item : classPath.trim().split("\\s+")) {
                URI uri = base.resolve(item);
                entries.add("file".equals(uri.getScheme()) ? Path.of(uri).toString() : item);
            }
            return entries;
        } catch (IOException | IllegalArgumentException e) {
            return List.of();
        }
    }
}
