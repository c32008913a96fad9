package org.baogao.search.web;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The opaque form of a paging cursor: JSON, URL-safe Base64. Reading one back only checks that it is such a token
 * of sensible length; what it must hold is each cursor's own check, and every failure is the same 400 on {@code after}.
 */
public final class CursorToken {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_TOKEN = 600;

    public static JsonMapper json() {
        return JSON;
    }

    public static String encode(JsonNode value) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(value));
    }

    public static JsonNode decode(String token) {
        if (token.length() > MAX_TOKEN) {
            throw invalid();
        }
        try {
            return JSON.readTree(new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            throw invalid();
        }
    }

    public static BadRequestException invalid() {
        return new BadRequestException("after", "not a cursor this service handed out");
    }

    private CursorToken() {
    }
}
