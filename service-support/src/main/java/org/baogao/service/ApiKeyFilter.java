package org.baogao.service;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Keeps strangers out of the API with one rule for every service: a request that changes something (any
 * method but GET, HEAD, OPTIONS under {@code /api/}) or administers ({@code /api/admin/}) needs the write key in
 * {@value ApiKeys#HEADER}; a read needs a key only when a read key is configured. Anything else (the page,
 * OpenAPI, actuator) stays open. A refused request gets 401 with an RFC 9457 problem body and goes no further,
 * so nothing is published or started.
 */
public class ApiKeyFilter extends OncePerRequestFilter {
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private final ApiKeys keys;
    private final Runnable onRefusal;

    /** @param onRefusal told of each refused request (a metric) */
    public ApiKeyFilter(ApiKeys keys, Runnable onRefusal) {
        this.keys = keys;
        this.onRefusal = onRefusal;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/api/")) {
            chain.doFilter(request, response);
            return;
        }
        String presented = request.getHeader(ApiKeys.HEADER);
        boolean write = !READ_METHODS.contains(request.getMethod()) || path.startsWith("/api/admin/");
        if (write && !keys.configured()) {
            refuse(response, "this service has no API key configured (baogao.api.key or BAOGAO_API_KEY), "
                    + "so it refuses every request that changes something");
        } else if (write && !keys.writes(presented)) {
            refuse(response, presented == null ? "this request needs an API key in the " + ApiKeys.HEADER + " header"
                    : "the " + ApiKeys.HEADER + " header does not hold a valid key");
        } else if (!write && !keys.reads(presented)) {
            refuse(response, presented == null ? "reads of this service need an API key in the " + ApiKeys.HEADER
                    + " header" : "the " + ApiKeys.HEADER + " header does not hold a valid key");
        } else {
            chain.doFilter(request, response);
        }
    }

    private void refuse(HttpServletResponse response, String detail) throws IOException {
        onRefusal.run();
        response.setStatus(HttpStatus.UNAUTHORIZED.value());
        response.setHeader("WWW-Authenticate", "ApiKey header=\"" + ApiKeys.HEADER + "\"");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"urn:baogao:problem:api-key\",\"title\":\"API key required\","
                + "\"status\":401,\"detail\":\"" + detail.replace("\"", "'") + "\"}");
    }
}
