package org.baogao.service;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class ApiKeyFilterTest {
    private final AtomicInteger refusals = new AtomicInteger();

    private MockHttpServletResponse send(ApiKeys keys, String method, String path, String key) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        if (key != null) {
            request.addHeader(ApiKeys.HEADER, key);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        new ApiKeyFilter(keys, refusals::incrementAndGet).doFilter(request, response, chain);
        if (chain.getRequest() != null) {
            response.setStatus(299); // reached the application
        }
        return response;
    }

    @Test
    void writesAndAdminNeedTheKeyReadsDoNot() throws Exception {
        ApiKeys keys = new ApiKeys("s3cret", null);
        assertThat(send(keys, "POST", "/api/reports", "s3cret").getStatus()).isEqualTo(299);
        assertThat(send(keys, "POST", "/api/reports", null).getStatus()).isEqualTo(401);
        assertThat(send(keys, "POST", "/api/reports", "s3cre").getStatus()).isEqualTo(401);
        assertThat(send(keys, "GET", "/api/admin/reindex/1", null).getStatus()).isEqualTo(401);
        assertThat(send(keys, "DELETE", "/api/watches/1", null).getStatus()).isEqualTo(401);
        assertThat(send(keys, "GET", "/api/search", null).getStatus()).isEqualTo(299);
        assertThat(send(keys, "GET", "/actuator/health", null).getStatus()).isEqualTo(299);
        assertThat(refusals).hasValue(4);
    }

    @Test
    void aRefusalIsAProblemBodyThatSaysWhy() throws Exception {
        MockHttpServletResponse response = send(new ApiKeys("s3cret", null), "POST", "/api/reports", null);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getHeader("WWW-Authenticate")).contains(ApiKeys.HEADER);
        assertThat(response.getContentAsString()).contains("\"status\":401").contains(ApiKeys.HEADER);
    }

    @Test
    void withoutAConfiguredKeyEveryWriteIsRefused() throws Exception {
        ApiKeys none = new ApiKeys(null, null);
        MockHttpServletResponse response = send(none, "POST", "/api/reports", "anything");
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getContentAsString()).contains("no API key configured");
        assertThat(send(none, "GET", "/api/search", null).getStatus()).isEqualTo(299);
    }

    @Test
    void aReadKeyClosesReadsToEveryoneWithoutAKey() throws Exception {
        ApiKeys keys = new ApiKeys("writer", "reader");
        assertThat(send(keys, "GET", "/api/search", null).getStatus()).isEqualTo(401);
        assertThat(send(keys, "GET", "/api/search", "reader").getStatus()).isEqualTo(299);
        assertThat(send(keys, "GET", "/api/search", "writer").getStatus()).isEqualTo(299);
        assertThat(send(keys, "POST", "/api/reports", "reader").getStatus()).isEqualTo(401);
    }
}
