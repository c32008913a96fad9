package org.baogao.contracts;

import java.time.Instant;
import java.util.Map;

/**
 * What the operator sent and what decoding found out about it.
 *
 * @param name                file name as given, e.g. {@code 003_f5ab8c29433f7e08.txt}
 * @param contentType         content type as sent (may be null)
 * @param sha256              sha256 of the raw bytes (equals the report id)
 * @param sizeBytes           length of the raw bytes
 * @param receivedAt          when ingest-service accepted it
 * @param metadata            operator-supplied hints: {@link #META_SOURCE}, {@link #META_REGION}, {@link #META_YEAR}, free keys
 * @param detectedCharset     charset the bytes were decoded with (set by extraction)
 * @param charsetConfidence   detector confidence 0..100 (set by extraction)
 * @param document            the detected format, the parser and the pages (set by extraction; null on the raw topic)
 */
public record SourceInfo(String name, String contentType, String sha256, long sizeBytes, Instant receivedAt,
                         Map<String, String> metadata, String detectedCharset, Integer charsetConfidence,
                         DocumentInfo document) {
    /** Operator's name for where the file came from (a portal, a newspaper). */
    public static final String META_SOURCE = "source";
    /** Operator's region hint, e.g. {@code 常州市}. */
    public static final String META_REGION = "region";
    /** Operator's year hint, e.g. {@code 2021}. */
    public static final String META_YEAR = "year";

    public SourceInfo {
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }

    public static SourceInfo received(String name, String contentType, String sha256, long sizeBytes,
                                      Instant receivedAt, Map<String, String> metadata) {
        return new SourceInfo(name, contentType, sha256, sizeBytes, receivedAt, metadata, null, null, null);
    }

    public SourceInfo withCharset(String charset, Integer confidence) {
        return new SourceInfo(name, contentType, sha256, sizeBytes, receivedAt, metadata, charset, confidence, document);
    }

    public SourceInfo withDocument(DocumentInfo info) {
        return new SourceInfo(name, contentType, sha256, sizeBytes, receivedAt, metadata, detectedCharset, charsetConfidence, info);
    }
}
