package org.baogao.extract.pipeline;

import org.baogao.contracts.FailureKind;

/**
 * This one record cannot be processed, now or later: retrying is pointless, it goes to the
 * dead-letter topic with {@link #kind()} and the message as reason.
 */
public class UnprocessableReportException extends RuntimeException {
    private final FailureKind kind;

    public UnprocessableReportException(FailureKind kind, String reason, Throwable cause) {
        super(reason, cause);
        this.kind = kind;
    }

    public UnprocessableReportException(FailureKind kind, String reason) {
        this(kind, reason, null);
    }

    public FailureKind kind() {
        return kind;
    }
}
