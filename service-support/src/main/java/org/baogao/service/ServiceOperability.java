package org.baogao.service;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.kafka.core.KafkaAdmin;

import java.time.Clock;
import java.time.Duration;

/**
 * What each service imports to be operated the same way: the {@code kafka} health indicator its readiness group
 * includes, and the API key filter. Metrics come from Micrometer's Prometheus registry on the classpath; the
 * health groups and exposure are set in each service's own properties.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiKeys.class)
public class ServiceOperability {

    @Bean("kafka")
    KafkaHealth kafkaHealth(ObjectProvider<KafkaAdmin> admin) {
        return new KafkaHealth(() -> admin.stream().findFirst().map(KafkaAdmin::getConfigurationProperties).orElse(null),
                Duration.ofSeconds(3), Duration.ofSeconds(5), Clock.systemUTC());
    }

    @Bean
    FilterRegistrationBean<ApiKeyFilter> apiKeyFilter(ApiKeys keys, ObjectProvider<MeterRegistry> metrics) {
        Runnable countRefusal = () -> metrics.ifAvailable(registry -> registry.counter(MetricNames.UNAUTHORIZED).increment());
        FilterRegistrationBean<ApiKeyFilter> registration = new FilterRegistrationBean<>(new ApiKeyFilter(keys, countRefusal));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
