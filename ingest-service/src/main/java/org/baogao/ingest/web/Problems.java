package org.baogao.ingest.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.net.URI;

/**
 * The RFC 9457 problem types ingest-service answers with. A type is a stable name a client can
 * switch on; the {@code detail} says in words what was wrong with this request.
 */
public enum Problems {
    EMPTY_REPORT(HttpStatus.BAD_REQUEST, "Empty report"),
    INVALID_NAME(HttpStatus.BAD_REQUEST, "Missing or invalid report name"),
    INVALID_METADATA(HttpStatus.BAD_REQUEST, "Invalid operator metadata"),
    INVALID_BATCH(HttpStatus.BAD_REQUEST, "Invalid batch"),
    UNREADABLE_MULTIPART(HttpStatus.BAD_REQUEST, "Unreadable multipart request"),
    REPORT_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "Report too large"),
    REQUEST_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "Request too large"),
    UNREADABLE_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "No stage can read this type of file"),
    KAFKA_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "Report not accepted: Kafka did not acknowledge it"),
    MALFORMED_REPORT_ID(HttpStatus.BAD_REQUEST, "Malformed report id"),
    REPORT_NOT_FOUND(HttpStatus.NOT_FOUND, "Report not found");

    private final HttpStatus status;
    private final String title;

    Problems(HttpStatus status, String title) {
        this.status = status;
        this.title = title;
    }

    public HttpStatus status() {
        return status;
    }

    public URI type() {
        return URI.create("urn:baogao:problem:" + name().toLowerCase().replace('_', '-'));
    }

    public ProblemDetail detail(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type());
        problem.setTitle(title);
        return problem;
    }
}
