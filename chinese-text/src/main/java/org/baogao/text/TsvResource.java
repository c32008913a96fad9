package org.baogao.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The tab-separated resources the project ships (divisions, topics, document frequencies, indicators): UTF-8, one row a line,
 * {@code #} starts a comment line. A missing resource is a packaging error and fails loudly.
 */
public final class TsvResource {

    /** Every line of the resource, comments included (some carry metadata such as {@code # documents=N}). */
    public static List<String> lines(Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " beside " + owner.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The data rows, split at tabs (empty trailing fields kept); blank and comment lines skipped. */
    public static List<String[]> rows(Class<?> owner, String resource) {
        List<String[]> rows = new ArrayList<>();
        for (String line : lines(owner, resource)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                rows.add(line.split("\t", -1));
            }
        }
        return rows;
    }

    private TsvResource() {
    }
}
