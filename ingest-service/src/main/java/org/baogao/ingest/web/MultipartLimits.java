package org.baogao.ingest.web;

import jakarta.servlet.MultipartConfigElement;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.baogao.ingest.IngestProperties;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/**
 * The servlet container's upload limits, derived from {@link IngestProperties} so they cannot
 * disagree with ours (this replaces {@code spring.servlet.multipart.*} and Tomcat's part count).
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
    /** Form fields besides the files: source, region, year, name, and some slack. */
    private static final int FORM_FIELDS = 16;

    @Bean
    MultipartConfigElement multipartConfigElement(IngestProperties properties) {
        long maxRequest = properties.maxRequestSize().toBytes();
        return new MultipartConfigElement(null, maxRequest, maxRequest, (int) IN_MEMORY_THRESHOLD.toBytes());
    }

    /**
     * A full batch must fit Tomcat's part limit (default 50), and Tomcat should read the rest of a
     * refused body up to the request cap so the client gets the 413 rather than a reset connection.
     * Ordered last, after Boot applied {@code server.tomcat.*}.
     */
    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> uploadLimitsOnTomcat(IngestProperties properties) {
        int parts = properties.maxBatchFiles() + FORM_FIELDS;
        long swallow = Math.min(Integer.MAX_VALUE, properties.maxRequestSize().toBytes());
        return new WebServerFactoryCustomizer<>() {
            @Override
            public void customize(ConfigurableTomcatWebServerFactory factory) {
                factory.addConnectorCustomizers(connector -> {
                    if (connector.getMaxPartCount() >= 0) { // negative: unlimited already
                        connector.setMaxPartCount(Math.max(connector.getMaxPartCount(), parts));
                    }
                    if (connector.getProtocolHandler() instanceof AbstractHttp11Protocol<?> http) {
                        http.setMaxSwallowSize((int) Math.max(http.getMaxSwallowSize(), swallow));
                    }
                });
            }
        };
    }
}
