package org.baogao.search.index;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Names of the Elasticsearch resources of one prefix. Reads and writes go through the alias only, so a new
 * mapping version can be built beside the old one (new template, new index, reindex) and swapped in with one
 * atomic alias change.
 *
 * @param prefix e.g. {@code baogao-reports}
 */
public record IndexNames(String prefix) {
    /** Version of the mapping in {@code elasticsearch/reports-v6.json}; a new file and number on incompatible change. */
    public static final int MAPPING_VERSION = 6;

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

    public IndexNames {
        if (prefix == null || !prefix.matches("[a-z0-9][a-z0-9._-]{0,150}")) {
            throw new IllegalArgumentException("index prefix must be lower-case letters, digits, '.', '_' or '-': " + prefix);
        }
    }

    public String alias() {
        return prefix;
    }

    public String template() {
        return prefix + "-v" + MAPPING_VERSION;
    }

    public String pattern() {
        return template() + "-*";
    }

    /** A new concrete index of the current mapping version, stamped with the time it was created. */
    public String newIndex(Clock clock) {
        return template() + "-" + STAMP.format(clock.instant());
    }
}
