package org.baogao.ingest.upload;

import org.baogao.ingest.web.Problems;
import org.springframework.web.ErrorResponseException;

/**
 * An upload the operator has to fix before sending again: empty, too large, not text, badly
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

    public Problems problem() {
        return problem;
    }

    @Override
    public String getMessage() {
        return problem + ": " + getBody().getDetail();
    }
}
