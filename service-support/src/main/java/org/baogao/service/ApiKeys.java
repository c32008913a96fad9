package org.baogao.service;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The API keys a service accepts, prefix {@code baogao.api} (environment: {@code BAOGAO_API_KEY},
 * {@code BAOGAO_API_READ_KEY}).
 *
 * @param key     the key that writes and administers: uploads, reindex, watches' writes; required, because a
 *                service without one refuses every such request
 * @param readKey when set, reads ({@code GET /api/**}) need it or {@link #key}; when not, reads stay open
 */
@ConfigurationProperties("baogao.api")
public record ApiKeys(String key, String readKey) {
    public static final String HEADER = "X-API-Key";

    public boolean configured() {
        return key != null && !key.isBlank();
    }

    public boolean readsProtected() {
        return readKey != null && !readKey.isBlank();
    }

    /** Whether {@code presented} is the write key (compared in constant time). */
    public boolean writes(String presented) {
        return configured() && matches(key, presented);
    }

    /** Whether {@code presented} may read: the read key or the write key. */
    public boolean reads(String presented) {
        return !readsProtected() || writes(presented) || matches(readKey, presented);
    }

    private static boolean matches(String expected, String presented) {
        return presented != null && MessageDigest.isEqual(expected.strip().getBytes(StandardCharsets.UTF_8),
                presented.strip().getBytes(StandardCharsets.UTF_8));
    }
}
