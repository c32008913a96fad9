package org.baogao.contracts;

import java.util.Map;

/**
 * Where the JSON Schema of each topic's payload is: a classpath resource of this module, also the file
 * under {@code contracts/src/main/resources/schemas} that downstream teams read. Dead-letter topics carry
 * the payload of the topic they shadow, unchanged.
 */
public final class PayloadSchemas {
    /** The {@code $id} prefix of every schema; relative {@code $ref}s resolve against it. */
    public static final String ID_PREFIX = "https://baogao.example/schemas/";
    /** Classpath folder of the schema files. */
    public static final String RESOURCE_FOLDER = "schemas/";

    private static final Map<String, String> BY_TOPIC = Map.of(
            Topics.RAW, "raw-report.schema.json",
            Topics.RAW_DEAD_LETTER, "raw-report.schema.json",
            Topics.ENRICHED, "enriched-report.schema.json",
            Topics.ENRICHED_DEAD_LETTER, "enriched-report.schema.json",
            Topics.STATUS, "report-status.schema.json",
            Topics.ALERTS, "alert.schema.json");

    /** Schema {@code $id} of the payload of {@code topic}. */
    public static String idOf(String topic) {
        String file = BY_TOPIC.get(topic);
        if (file == null) {
            throw new IllegalArgumentException("not a Baogao topic: " + topic);
        }
        return ID_PREFIX + file;
    }

    /** Classpath resource holding the schema with {@code $id} = {@code id}. */
    public static String resourceOf(String id) {
        if (!id.startsWith(ID_PREFIX)) {
            throw new IllegalArgumentException("not a Baogao schema id: " + id);
        }
        return RESOURCE_FOLDER + id.substring(ID_PREFIX.length());
    }

    private PayloadSchemas() {
    }
}
