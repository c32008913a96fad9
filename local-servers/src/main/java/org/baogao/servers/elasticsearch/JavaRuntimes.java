package org.baogao.servers.elasticsearch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the JDK that runs Elasticsearch, which needs Java 21 or newer while the project builds on 17:
 * ES_JAVA_HOME when set, else the running JVM if new enough, else the newest JDK under /usr/lib/jvm,
 * judged by the JAVA_VERSION line of each JDK's {@code release} file.
 */
public final class JavaRuntimes {

    public static final int MINIMUM_FOR_ELASTICSEARCH = 21;

    private static final Pattern JAVA_VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"?([^\"\\s]+)\"?");

    private JavaRuntimes() {
    }

    /** A JDK home and its feature version. */
    public record Jdk(Path home, int major) {
    }

    public static Jdk findForElasticsearch() {
        return find(System.getenv(), Path.of(System.getProperty("java.home")), Path.of("/usr/lib/jvm"));
    }

    static Jdk find(Map<String, String> environment, Path currentJavaHome, Path jvmDir) {
        String explicit = environment.get("ES_JAVA_HOME");
        if (explicit != null && !explicit.isBlank()) {
            Path home = Path.of(explicit);
            int major = majorOf(home).orElseThrow(() -> new IllegalStateException(
                    "ES_JAVA_HOME=" + explicit + " has no readable release file with JAVA_VERSION"));
            if (major < MINIMUM_FOR_ELASTICSEARCH) {
                throw new IllegalStateException("ES_JAVA_HOME=" + explicit + " is Java " + major
                        + "; Elasticsearch needs Java " + MINIMUM_FOR_ELASTICSEARCH + " or newer");
            }
            return new Jdk(home, major);
        }
        List<Jdk> candidates = new ArrayList<>();
        majorOf(currentJavaHome).ifPresent(major -> candidates.add(new Jdk(currentJavaHome, major)));
        candidates.addAll(installedUnder(jvmDir));
        return candidates.stream()
                .filter(jdk -> jdk.major() >= MINIMUM_FOR_ELASTICSEARCH)
                .filter(jdk -> Files.isExecutable(jdk.home().resolve("bin/java")))
                .max(Comparator.comparingInt(Jdk::major))
                .orElseThrow(() -> new IllegalStateException("Elasticsearch needs Java " + MINIMUM_FOR_ELASTICSEARCH
                        + " or newer: none found (running " + currentJavaHome + ", searched " + jvmDir
                        + "). Install one (e.g. apt-get install openjdk-21-jdk-headless or a Temurin 21+)"
                        + " or set ES_JAVA_HOME."));
    }

    private static List<Jdk> installedUnder(Path jvmDir) {
        if (!Files.isDirectory(jvmDir)) {
            return List.of();
        }
        List<Jdk> found = new ArrayList<>();
        try (Stream<Path> homes = Files.list(jvmDir)) {
            homes.sorted().forEach(home -> majorOf(home).ifPresent(major -> found.add(new Jdk(home, major))));
        } catch (IOException e) {
            return List.of();
        }
        return found;
    }

    static OptionalInt majorOf(Path javaHome) {
        Path release = javaHome.resolve("release");
        if (!Files.isRegularFile(release)) {
            return OptionalInt.empty();
        }
        try {
            return majorFromReleaseFile(Files.readString(release));
        } catch (IOException e) {
            return OptionalInt.empty();
        }
    }

    /** The feature version in a JDK {@code release} file: JAVA_VERSION="25.0.1" is 25, "1.8.0_292" is 8. */
    static OptionalInt majorFromReleaseFile(String content) {
        Matcher matcher = JAVA_VERSION.matcher(content);
        if (!matcher.find()) {
            return OptionalInt.empty();
        }
        return parseMajor(matcher.group(1)).map(OptionalInt::of).orElse(OptionalInt.empty());
    }

    static Optional<Integer> parseMajor(String version) {
        String[] parts = version.split("[._+\\-]");
        try {
            int first = Integer.parseInt(parts[0]);
            if (first == 1 && parts.length > 1) {
                return Optional.of(Integer.parseInt(parts[1]));
            }
            return Optional.of(first);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
