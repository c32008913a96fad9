package org.baogao.ingest.upload;

import java.util.Map;

/**
 * One file as an operator sent it, before any check.
 *
 * @param name        file name as given (last path segment only)
 * @param contentType content type as declared, may be null
 * @param content     the bytes
 * @param metadata    operator hints, keys from {@link org.baogao.contracts.SourceInfo}
 */
public record ReportUpload(String name, String contentType, byte[] content, Map<String, String> metadata) {
    public ReportUpload {
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }
}
