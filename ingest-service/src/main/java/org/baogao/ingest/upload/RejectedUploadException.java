package org.baogao.ingest.upload;

import org.baogao.filetypes.FileType;
import org.baogao.ingest.web.Problems;
import org.springframework.web.ErrorResponseException;

/**
 * An upload the operator has to fix before sending again: empty, too large, of a type no stage reads, badly
 * described. Nothing of it was published. Spring MVC renders it as its problem body.
 */
public class RejectedUploadException extends ErrorResponseException {
    private final Problems problem;

    public RejectedUploadException(Problems problem, String reportName, String detail) {
        super(problem.status(), problem.detail(detail), null);
        this.problem = problem;
        if (reportName != null) {
            getBody().setProperty("name", reportName);
        }
    }

    /** A file of a type no stage reads; the problem body names the type ({@code detectedType}, {@code format}). */
    public static RejectedUploadException unreadable(String reportName, FileType type, String detail) {
        RejectedUploadException e = new RejectedUploadException(Problems.UNREADABLE_TYPE, reportName, detail);
        e.getBody().setProperty("detectedType", type.mediaType());
        e.getBody().setProperty("format", type.format());
        return e;
    }

    public Problems problem() {
        return problem;
    }

    @Override
    public String getMessage() {
        return problem + ": " + getBody().getDetail();
    }
}
