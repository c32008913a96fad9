package org.baogao.ingest.web;

import org.baogao.ingest.IngestProperties;
import org.baogao.ingest.publish.PublishFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error leaves as an RFC 9457 problem: Spring MVC's own exceptions through
 * {@link ResponseEntityExceptionHandler}, ours ({@code ErrorResponseException}s) as they are, and the
 * cases below with a detail an operator can act on.
 */
@RestControllerAdvice
public class ProblemAdvice extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    private final IngestProperties properties;

    public ProblemAdvice(IngestProperties properties) {
        this.properties = properties;
    }

    /** The 503 problem of a report Kafka did not acknowledge; the report may be sent again as it is. */
    public static ProblemDetail kafkaUnavailable(PublishFailedException e) {
        String why = e.getMessage().endsWith(".") ? e.getMessage() : e.getMessage() + ".";
        ProblemDetail problem = Problems.KAFKA_UNAVAILABLE.detail(why
                + " The report was not accepted; send it again later (sending the same file twice is safe).");
        if (e.reportId() != null) {
            problem.setProperty("reportId", e.reportId());
        }
        return problem;
    }

    @ExceptionHandler(PublishFailedException.class)
    ResponseEntity<ProblemDetail> publishFailed(PublishFailedException e) {
        log.warn("report {} not accepted: {}", e.reportId(), e.getMessage());
        return ResponseEntity.status(Problems.KAFKA_UNAVAILABLE.status())
                .header(HttpHeaders.RETRY_AFTER, Long.toString(properties.retryAfter().toSeconds()))
                .body(kafkaUnavailable(e));
    }

    /** A request beyond the servlet's multipart limit never reaches a controller. */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = Problems.REQUEST_TOO_LARGE.detail("the request is larger than "
                + properties.maxRequestSize().toBytes() + " bytes, the most one upload may carry; a single report may have at most "
                + properties.maxReportBytes() + " bytes");
        return handleExceptionInternal(ex, problem, headers, HttpStatusCode.valueOf(problem.getStatus()), request);
    }

    /** A multipart body that could not be parsed at all (truncated, too many parts, bad boundary). */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> unreadableMultipart(MultipartException e, WebRequest request) {
        if (e instanceof MaxUploadSizeExceededException tooLarge) {
            return handleMaxUploadSizeExceededException(tooLarge, new HttpHeaders(), Problems.REQUEST_TOO_LARGE.status(), request);
        }
        ProblemDetail problem = Problems.UNREADABLE_MULTIPART.detail("the multipart request could not be read: "
                + (e.getMostSpecificCause().getMessage() == null ? e.getMessage() : e.getMostSpecificCause().getMessage()));
        return handleExceptionInternal(e, problem, new HttpHeaders(), HttpStatusCode.valueOf(problem.getStatus()), request);
    }
}
