package org.baogao.e2e;

import org.baogao.service.ApiKeys;

import java.net.http.HttpRequest;

/** The API key every service of the test run is configured with (see the surefire settings of this module). */
public final class E2eApiKey {
    public static final String VALUE = System.getProperty("baogao.api.key", "e2e-api-key");

    /** {@code request} with the key in {@value ApiKeys#HEADER}. */
    public static HttpRequest.Builder sign(HttpRequest.Builder request) {
        return request.header(ApiKeys.HEADER, VALUE);
    }

    private E2eApiKey() {
    }
}
