package org.baogao.testsupport;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectFilesTest {

    @AfterEach
    void forgetOverride() {
        System.clearProperty(ProjectFiles.SHARED_PROPERTY);
    }

    @Test
    void theRootIsWhereMvnwIs() {
        assertThat(ProjectFiles.root().resolve("mvnw")).isRegularFile();
        assertThat(ProjectFiles.inProject("seeds")).isDirectory();
    }

    @Test
    void sharedIsBesideTheRootUnlessConfigured(@org.junit.jupiter.api.io.TempDir Path elsewhere) throws Exception {
        assertThat(ProjectFiles.sharedFolder()).isEqualTo(ProjectFiles.root().resolveSibling("shared"));
        System.setProperty(ProjectFiles.SHARED_PROPERTY, elsewhere.toString());
        assertThat(ProjectFiles.shared("spec/x.json")).isEmpty();
        Files.createDirectories(elsewhere.resolve("spec"));
        Files.writeString(elsewhere.resolve("spec/x.json"), "{}");
        assertThat(ProjectFiles.shared("spec/x.json")).contains(elsewhere.resolve("spec/x.json"));
    }
}
