package org.baogao.extract.kafka;

import org.apache.kafka.clients.admin.NewTopic;
import org.baogao.contracts.Topics;
import org.baogao.extract.pipeline.ReportPipeline;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DefaultErrorHandler;

/** Wiring of the Kafka side: the topics this stage touches, the pipeline, the failure routing. */
@Configuration(proxyBeanMethods = false)
public class ExtractKafkaConfiguration {

    @Bean
    ReportPipeline reportPipeline() {
        return new ReportPipeline();
    }

    @Bean
    KafkaAdmin.NewTopics extractTopics(ExtractProperties p) {
        return new KafkaAdmin.NewTopics(
                topic(Topics.RAW, p), topic(Topics.ENRICHED, p), topic(Topics.RAW_DEAD_LETTER, p), topic(Topics.STATUS, p));
    }

    private static NewTopic topic(String name, ExtractProperties p) {
        return new NewTopic(name, p.partitions(), p.replicationFactor()).configs(Topics.configOf(name));
    }

    @Bean
    DefaultErrorHandler rawReportErrorHandler(KafkaTemplate<String, byte[]> template, ReportPublisher publisher,
                                              ExtractProperties properties) {
        return DeadLetterRouting.errorHandler(template, publisher, properties);
    }
}
