package org.baogao.documents;

/** The document cannot be read, now or later; {@link #problem()} says what kind of reason the message gives. */
public class UnreadableDocumentException extends Exception {
    /** Kinds of reasons, each with what an operator can do about it. */
    public enum Problem {
        /** It needs a password: send it unprotected. */
        ENCRYPTED,
        /** Corrupt or truncated, or the parser failed on it. */
        DAMAGED,
        /** A scan (no text layer) and Tesseract, or its Chinese data, is not installed. */
        OCR_NOT_INSTALLED,
        /** Over the time, memory, page or text budget (a zip bomb, a parser that hangs, a 5,000-page file). */
        OVER_LIMIT,
        /** A type no reader here reads. */
        UNSUPPORTED
    }

    private final Problem problem;

    public UnreadableDocumentException(Problem problem, String reason) {
        super(reason);
        this.problem = problem;
    }

    public UnreadableDocumentException(Problem problem, String reason, Throwable cause) {
        super(reason, cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
