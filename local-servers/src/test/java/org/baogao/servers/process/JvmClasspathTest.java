package org.baogao.servers.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JvmClasspathTest {

    @TempDir
    Path dir;

    @Test
    void expandsAManifestOnlyBooterJar() throws Exception {
        Path booter = dir.resolve("surefirebooter-1.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH,
                dir.resolve("lib/kafka_2.13-4.2.1.jar").toUri() + " classes/");
        try (OutputStream out = Files.newOutputStream(booter); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            jar.flush();
        }

        assertThat(JvmClasspath.expand(booter.toString())).containsExactly(
                booter.toString(),
                dir.resolve("lib/kafka_2.13-4.2.1.jar").toString(),
                dir.resolve("classes").toString());
    }

    @Test
    void keepsAnOrdinaryClasspathAsItIs() {
        String classpath = String.join(File.pathSeparator, "/a/x.jar", "/b/classes", "", "/a/x.jar");
        assertThat(JvmClasspath.expand(classpath)).containsExactly("/a/x.jar", "/b/classes");
    }
}
