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
    /** A type no stage reads (archive, program, media...), detected by file-types. */
    UNSUPPORTED_FORMAT,
    /** A document that needs a password. */
    ENCRYPTED,
    /** A document that is corrupt or truncated, or that its parser failed on. */
    DAMAGED_DOCUMENT,
    /** A scan (no text layer), and Tesseract or its Chinese data is not installed where extraction runs. */
    OCR_NOT_INSTALLED,
    /** Over the time, memory, page or text budget of reading (a parser that hangs, a zip bomb, a huge file). */
    OVER_LIMIT,
    /** Decoded, but nothing usable was left after cleaning. */
    EMPTY_AFTER_CLEANING,
    /** Elasticsearch refused the document (mapping conflict, too large...). */
    REJECTED_BY_INDEX,
    /** Anything else a stage threw for this one record. */
    PROCESSING_ERROR
}
