package org.baogao.search.index;

import org.baogao.search.SearchProperties;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The body of the index template: settings and mappings from {@code elasticsearch/reports-v6.json} (one file
 * that reviewers read as Elasticsearch JSON), with the settings that differ between deployments filled in
 * from {@link SearchProperties.Index}.
 *
 * <p>Why the mapping looks the way it does: Chinese text is searched on two levels that need no plugin, so the
 * same index works on a bare Elasticsearch and on the official image. {@code text}/{@code title} use the
 * {@code standard} analyzer (one token per Han character) and are queried with phrases, which finds every exact
 * substring; {@code search.textWords}/{@code search.titleWords} hold the HanLP words of the same normalized text
 * separated by spaces, analysed by {@code whitespace}, and rank a hit on whole words above one that only
 * spans a word boundary. Targets are nested so code, kind, year and value of one target are matched together.
 * {@code dynamic: false} keeps fields a newer contract adds in {@code _source} without indexing them, so an
 * extended contract never makes documents fail.
 */
public final class ReportIndexTemplate {
    static final String RESOURCE = "/elasticsearch/reports-v6.json";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Template body ({@code settings} + {@code mappings}) as JSON. */
    public static String body(SearchProperties.Index settings) {
        ObjectNode template = load();
        ObjectNode index = (ObjectNode) template.path("settings").path("index");
        index.put("number_of_shards", settings.shards());
        index.put("auto_expand_replicas", settings.replicas());
        index.put("refresh_interval", settings.refreshInterval());
        ((ObjectNode) index.path("mapping").path("nested_objects")).put("limit", settings.nestedObjectsLimit());
        return JSON.writeValueAsString(template);
    }

    static ObjectNode load() {
        try (InputStream in = ReportIndexTemplate.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ReportIndexTemplate() {
    }
}
