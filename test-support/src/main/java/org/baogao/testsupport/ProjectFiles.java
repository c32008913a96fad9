package org.baogao.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a test finds the project's own files and the data kept beside it. Surefire runs each module's tests
 * in the module's folder; the project root is the nearest folder above it with {@code mvnw}.
 *
 * <p>{@code ../shared} (the corpora and the spec's gold) is there in CI and on the developers' machines but not
 * in a clone of the public repository. It is looked up as {@code -Dbaogao.shared=DIR}, then the environment's
 * {@code BAOGAO_SHARED}, then {@code shared} beside the project root.
 */
public final class ProjectFiles {
    public static final String SHARED_PROPERTY = "baogao.shared";
    public static final String SHARED_ENVIRONMENT = "BAOGAO_SHARED";

    /** The project root: the nearest folder at or above the working directory with {@code mvnw}. */
    public static Path root() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("mvnw"))) {
                return p;
            }
        }
        throw new IllegalStateException("no mvnw at or above " + Path.of("").toAbsolutePath());
    }

    /** {@code relative} inside the project, e.g. {@code eval/seeds/expectations.json}. */
    public static Path inProject(String relative) {
        return root().resolve(relative);
    }

    /** The shared folder this run uses, whether or not it exists. */
    public static Path sharedFolder() {
        String configured = System.getProperty(SHARED_PROPERTY);
        if (configured == null || configured.isBlank()) {
            configured = System.getenv(SHARED_ENVIRONMENT);
        }
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        return root().resolveSibling("shared");
    }

    /** {@code relative} inside {@code ../shared} if it is there (e.g. {@code corpus/national-gwr.jsonl}). */
    public static Optional<Path> shared(String relative) {
        Path file = sharedFolder().resolve(relative);
        return Files.exists(file) ? Optional.of(file) : Optional.empty();
    }

    private ProjectFiles() {
    }
}
