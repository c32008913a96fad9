package org.baogao.search.web;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.TransportException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.io.IOException;
import java.net.URI;

/**
 * Every error of the API as an RFC 9457 problem. What Elasticsearch said is logged, not shown: a client sees
 * that the search backend failed, never a query or an internal message.
 */
@RestControllerAdvice
public class ProblemHandling extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ProblemHandling.class);

    @ExceptionHandler(BadRequestException.class)
    ProblemDetail badRequest(BadRequestException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid request");
        problem.setType(URI.create("urn:baogao:problem:invalid-request"));
        problem.setProperty("parameter", e.parameter());
        return problem;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        problem.setType(URI.create("urn:baogao:problem:not-found"));
        return problem;
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Already running");
        problem.setType(URI.create("urn:baogao:problem:conflict"));
        problem.setProperty("running", e.running());
        return problem;
    }

    @ExceptionHandler({ElasticsearchException.class, TransportException.class, IOException.class})
    ProblemDetail backendFailed(Exception e) {
        log.warn("search backend failed", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The search backend did not answer; try again shortly.");
        problem.setTitle("Search unavailable");
        problem.setType(URI.create("urn:baogao:problem:search-unavailable"));
        return problem;
    }
}
