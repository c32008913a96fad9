package org.baogao.ingest.web;

import jakarta.servlet.MultipartConfigElement;
import org.baogao.ingest.IngestProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The servlet container's upload limits, derived from {@link IngestProperties} so they cannot
 * disagree with ours (this replaces {@code spring.servlet.multipart.*}; Jetty's part limit, 1000, is far above a full batch).
 *
 * <p>Only the whole request is capped by the servlet ({@code max-request-size}); each file may be as
 * large as the request, so a file over {@code max-report-size} reaches {@code UploadRules} and gets
 * its own 413 problem, in a batch without spoiling the other files. Anything over the request cap
 * is refused while parsing and answered 413 by {@link ProblemAdvice}. Parts above 1 MB are
 * buffered on disk, not in memory.
 */
@Configuration(proxyBeanMethods = false)
class MultipartLimits {
    private static final DataSize IN_MEMORY_THRESHOLD = DataSize.ofMegabytes(1);

    @Bean
    MultipartConfigElement multipartConfigElement(IngestProperties properties) {
        long maxRequest = properties.maxRequestSize().toBytes();
        return new MultipartConfigElement(null, maxRequest, maxRequest, (int) IN_MEMORY_THRESHOLD.toBytes());
    }
}
