package org.baogao.ingest;

import org.baogao.contracts.Topics;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class IngestPropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(IngestProperties.class)
    static class Bind {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Bind.class);

    @Test
    void theDefaultsRunLocallyAndFollowTheContract() {
        runner.run(context -> {
            IngestProperties properties = context.getBean(IngestProperties.class);
            assertThat(properties.maxReportBytes()).isEqualTo(Topics.MAX_REPORT_BYTES);
            assertThat(properties.ackTimeout()).isEqualTo(Duration.ofSeconds(15));
            assertThat(properties.compression()).isEqualTo("zstd");
        });
    }

    @Test
    void theReportLimitCanBeLoweredButNotRaisedAboveTheRecordLimit() {
        runner.withPropertyValues("baogao.ingest.max-report-size=1MB")
                .run(context -> assertThat(context.getBean(IngestProperties.class).maxReportBytes()).isEqualTo(1 << 20));
        runner.withPropertyValues("baogao.ingest.max-report-size=9MB")
                .run(context -> assertThat(context).getFailure().rootCause().hasMessageContaining("MAX_REPORT_BYTES"));
    }

    @Test
    void aRequestLimitBelowOneReportOrANonPositiveAckTimeoutIsRefusedAtStartUp() {
        runner.withPropertyValues("baogao.ingest.max-request-size=1MB").run(context -> assertThat(context).hasFailed());
        runner.withPropertyValues("baogao.ingest.ack-timeout=0s").run(context -> assertThat(context).hasFailed());
    }
}
