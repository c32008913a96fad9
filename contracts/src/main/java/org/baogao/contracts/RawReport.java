package org.baogao.contracts;

import java.time.Instant;
import java.util.Map;

/**
 * A report as an operator sent it: the exact bytes plus what we know about them.
 * Value of {@link Topics#RAW}; key is {@link #reportId()}.
 *
 * @param reportId sha256 of {@code content}, lower-case hex
 * @param source   file name, content type, size, time received and operator hints
 * @param content  the raw bytes, untouched (base64 in JSON)
 */
public record RawReport(String reportId, SourceInfo source, byte[] content) {
    public static final int SCHEMA_VERSION = 1;

    public static RawReport of(String name, String contentType, byte[] content, Instant receivedAt,
                               Map<String, String> operatorMetadata) {
        String id = ReportIds.of(content);
        return new RawReport(id, SourceInfo.received(name, contentType, id, content.length, receivedAt, operatorMetadata), content);
    }
}
