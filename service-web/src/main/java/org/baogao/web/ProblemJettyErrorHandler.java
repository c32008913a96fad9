package org.baogao.web;

import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import tools.jackson.databind.json.JsonMapper;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Jetty's errors before any servlet runs (a request line or header Jetty cannot parse, a URI it refuses, a
 * too-long header) as RFC 9457 problems instead of Jetty's HTML page. Errors inside the servlet context go to
 * {@link ProblemErrorController} through the error page.
 */
public class ProblemJettyErrorHandler extends ErrorHandler {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        byte[] body = body(code, message, request.getHttpURI() == null ? null : request.getHttpURI().getPath());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, HttpProblems.MEDIA_TYPE);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, Integer.toString(body.length));
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    /** The body of an error Jetty's parser answers on its own (no request exists yet). */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, HttpProblems.MEDIA_TYPE));
        return ByteBuffer.wrap(body(status, reason, null));
    }

    static byte[] body(int status, String message, String path) {
        return JSON.writeValueAsString(HttpProblems.members(HttpProblems.of(status, message, path))).getBytes(StandardCharsets.UTF_8);
    }

}
