package org.baogao.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the servlet container's error page ({@code /error}) answers: every error that left a request without a
 * controller's answer (a {@code sendError}, an exception no handler took, a bad escape in the query string) as
 * an RFC 9457 problem, whatever the client accepts. Replaces Spring Boot's {@code BasicErrorController},
 * which answers browsers with an HTML page.
 */
@RestController
public class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:${error.path:/error}}")
    public ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        int status = status(request);
        ProblemDetail problem = HttpProblems.of(status, cause(request, status),
                (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static int status(HttpServletRequest request) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // Asked for directly (GET /error) there is no error: the address serves nothing.
        return status instanceof Integer code && code >= 400 ? code : 404;
    }

    /** What went wrong in the container's words, for client errors only. */
    private static String cause(HttpServletRequest request, int status) {
        if (status >= 500) {
            return null;
        }
        Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
        if (message instanceof String text && !text.isBlank()) {
            return text;
        }
        Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        return exception instanceof Throwable t ? t.getMessage() : null;
    }
}
