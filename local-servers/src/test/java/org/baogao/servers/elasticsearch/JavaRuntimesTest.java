package org.baogao.servers.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaRuntimesTest {

    @TempDir
    Path jvmDir;

    @Test
    void readsTheFeatureVersionFromReleaseFiles() {
        assertThat(JavaRuntimes.majorFromReleaseFile("IMPLEMENTOR=\"Eclipse Adoptium\"\nJAVA_VERSION=\"25.0.1\"\n"))
                .isEqualTo(OptionalInt.of(25));
        assertThat(JavaRuntimes.majorFromReleaseFile("JAVA_VERSION=\"17.0.15\"\nOS_NAME=\"Linux\"\n"))
                .isEqualTo(OptionalInt.of(17));
        assertThat(JavaRuntimes.majorFromReleaseFile("JAVA_VERSION=\"1.8.0_292\"")).isEqualTo(OptionalInt.of(8));
        assertThat(JavaRuntimes.majorFromReleaseFile("JAVA_VERSION=\"21\"")).isEqualTo(OptionalInt.of(21));
        assertThat(JavaRuntimes.majorFromReleaseFile("JAVA_VERSION=\"22-ea\"")).isEqualTo(OptionalInt.of(22));
        assertThat(JavaRuntimes.majorFromReleaseFile("JAVA_RUNTIME_VERSION=\"21.0.2+13\"")).isEmpty();
        assertThat(JavaRuntimes.majorFromReleaseFile("")).isEmpty();
    }

    @Test
    void picksTheNewestJdkOfAtLeast21WhenTheRunningOneIsOlder() throws IOException {
        Path java17 = jdk("java-17-openjdk-amd64", "17.0.15");
        jdk("temurin-21-jdk-amd64", "21.0.5");
        Path java25 = jdk("temurin-25-jdk-amd64", "25.0.1");
        Files.createDirectories(jvmDir.resolve("default-java-without-release"));

        JavaRuntimes.Jdk found = JavaRuntimes.find(Map.of(), java17, jvmDir);

        assertThat(found.home()).isEqualTo(java25);
        assertThat(found.major()).isEqualTo(25);
    }

    @Test
    void theRunningJdkServesWhenNewEnough() throws IOException {
        Path running = jdk("running-21", "21.0.5");
        assertThat(JavaRuntimes.find(Map.of(), running, jvmDir.resolve("absent")).home()).isEqualTo(running);
    }

    @Test
    void esJavaHomeWinsAndMustBeNewEnough() throws IOException {
        Path java17 = jdk("java-17", "17.0.15");
        Path java22 = jdk("java-22", "22.0.2");
        jdk("java-25", "25.0.1");

        assertThat(JavaRuntimes.find(Map.of("ES_JAVA_HOME", java22.toString()), java17, jvmDir).home())
                .isEqualTo(java22);
        assertThatThrownBy(() -> JavaRuntimes.find(Map.of("ES_JAVA_HOME", java17.toString()), java17, jvmDir))
                .hasMessageContaining("is Java 17");
    }

    @Test
    void explainsWhenNoJdkIsNewEnough() throws IOException {
        Path java17 = jdk("java-17", "17.0.15");
        assertThatThrownBy(() -> JavaRuntimes.find(Map.of(), java17, jvmDir))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("needs Java 21")
                .hasMessageContaining("ES_JAVA_HOME");
    }

    private Path jdk(String name, String version) throws IOException {
        Path home = Files.createDirectories(jvmDir.resolve(name));
        Files.writeString(home.resolve("release"), "JAVA_VERSION=\"" + version + "\"\n");
        Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return home;
    }
}
