package org.baogao.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The RFC 9457 problem of an HTTP error no controller chose: the status alone says what kind of problem it is
 * ({@code urn:baogao:problem:not-found}, {@code ...:method-not-allowed}), the detail what went wrong with this
 * request. Only client errors (4xx) repeat what the server knows of the cause; a 5xx never shows internals.
 */
public final class HttpProblems {
    /** Media type of every problem body (RFC 9457 section 3). */
    public static final String MEDIA_TYPE = "application/problem+json";

    private static final String BAD_URL_HINT = "Write the URL in UTF-8: Chinese may be typed as is or percent-encoded, "
            + "and every % must start a two-digit escape (%E5%B8%B8).";

    /** The problem for {@code status}; {@code cause} is what the container or framework said, or null. */
    public static ProblemDetail of(int status, String cause, String instance) {
        HttpStatus known = HttpStatus.resolve(status);
        ProblemDetail problem = ProblemDetail.forStatus(status);
        String slug = known == null ? "http-" + status : known.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        problem.setType(URI.create("urn:baogao:problem:" + slug));
        problem.setTitle(known == null ? "HTTP " + status : known.getReasonPhrase());
        problem.setDetail(detail(status, cause));
        if (instance != null && !instance.isBlank()) {
            try {
                problem.setInstance(URI.create(instance));
            } catch (IllegalArgumentException e) {
                // A request line bad enough to fail here is named by the detail already.
            }
        }
        return problem;
    }

    static String detail(int status, String cause) {
        return switch (status) {
            case 400 -> (cause == null || cause.isBlank() ? "The request could not be read." : "The request could not be read: "
                    + cause + ".") + " " + BAD_URL_HINT;
            case 404 -> "Nothing is served at this address; the API is described at /v3/api-docs.";
            case 405 -> "This address does not answer this method" + (cause == null ? "." : ": " + cause + ".");
            case 413 -> "The request is larger than this service accepts.";
            case 414 -> "The URL is longer than this service accepts.";
            case 431 -> "The request headers are larger than this service accepts.";
            default -> status >= 500 ? "The service failed to answer this request; try again shortly."
                    : cause == null || cause.isBlank() ? HttpStatus.resolve(status) == null ? "HTTP " + status
                    : HttpStatus.resolve(status).getReasonPhrase() : cause;
        };
    }

    /** The problem's members in RFC 9457 order, for writers that do not go through Spring's message converters. */
    static Map<String, Object> members(ProblemDetail problem) {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("type", problem.getType().toString());
        members.put("title", problem.getTitle());
        members.put("status", problem.getStatus());
        members.put("detail", problem.getDetail());
        if (problem.getInstance() != null) {
            members.put("instance", problem.getInstance().toString());
        }
        return members;
    }

    private HttpProblems() {
    }
}
