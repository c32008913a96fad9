package org.baogao.contracts;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON mapping of every contract record: what goes on a topic, what the offline extractor
 * prints and what the schemas in {@code /schemas} describe. Dates are ISO-8601 strings, byte arrays
 * base64, nulls written out so every field is always present, unknown fields ignored so an older
 * reader survives a newer, compatible writer.
 */
public final class ContractJson {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    public static JsonMapper mapper() {
        return MAPPER;
    }

    public static byte[] toBytes(Object value) {
        return MAPPER.writeValueAsBytes(value);
    }

    public static String toJson(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    public static <T> T fromBytes(byte[] json, Class<T> type) {
        return MAPPER.readValue(json, type);
    }

    public static <T> T fromJson(String json, Class<T> type) {
        return MAPPER.readValue(json, type);
    }

    private ContractJson() {
    }
}
