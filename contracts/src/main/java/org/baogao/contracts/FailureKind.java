package org.baogao.contracts;

/**
 * Why a record left the happy path; the words appear in {@link Headers#DLQ_KIND} and in
 * {@link ReportStatus#reason()}.
 */
public enum FailureKind {
    /** The payload is not valid JSON of the expected record. */
    MALFORMED_PAYLOAD,
    /** The bytes are not text in any charset we can read (binary, image, archive...). */
    NOT_TEXT,
    /** Decoded, but nothing usable was left after cleaning. */
    EMPTY_AFTER_CLEANING,
    /** Elasticsearch refused the document (mapping conflict, too large...). */
    REJECTED_BY_INDEX,
    /** Anything else a stage threw for this one record. */
    PROCESSING_ERROR
}
