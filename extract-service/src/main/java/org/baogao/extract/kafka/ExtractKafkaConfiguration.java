package org.baogao.extract.kafka;

import org.baogao.analysis.ReportAnalyzer;
import org.baogao.cleaning.ReportCleaner;
import io.micrometer.core.instrument.MeterRegistry;
import org.baogao.contracts.TopicLayout;
import org.baogao.contracts.TopicNames;
import org.baogao.documents.isolation.IsolatedDocumentReader;
import org.baogao.filetypes.FileTypeDetector;
import org.springframework.beans.factory.annotation.Value;
import org.baogao.extract.pipeline.ReportPipeline;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DefaultAfterRollbackProcessor;

/**
 * Wiring of the Kafka side: the topics this stage touches, the pipeline, the failure routing. Exactly once comes
 * from configuration ({@code extract-service.yml}): a transactional producer makes Boot's listener container
 * consume, transform and produce in one Kafka transaction with the raw record's offset.
 */
@Configuration(proxyBeanMethods = false)
public class ExtractKafkaConfiguration {

    /** Closed with the context, which stops the document reader processes. */
    @Bean
    ReportPipeline reportPipeline(ExtractProperties properties) {
        ExtractProperties.Reading reading = properties.reading();
        return new ReportPipeline(new ReportCleaner(), new ReportAnalyzer(), new FileTypeDetector(),
                new IsolatedDocumentReader(reading.limits(), reading.processes()));
    }

    /** The pipeline's topic names; a prefix ({@code baogao.topics.prefix}) separates pipelines sharing a broker. */
    @Bean
    TopicNames topicNames(@Value("${" + TopicNames.PREFIX_PROPERTY + ":}") String prefix) {
        return TopicNames.withPrefix(prefix);
    }

    @Bean
    KafkaAdmin.NewTopics extractTopics(TopicNames topics, Environment environment) {
        return new KafkaAdmin.NewTopics(TopicLayout.from(environment::getProperty)
                .declare(topics, topics.raw(), topics.enriched(), topics.rawDeadLetter(), topics.status()));
    }

    /** Picked up by Boot's listener container factory, which runs each record in a transaction of its own. */
    @Bean
    DefaultAfterRollbackProcessor<Object, Object> rawReportAfterRollback(KafkaTemplate<String, byte[]> template,
            ReportPublisher publisher, TopicNames topics, ExtractProperties properties, MeterRegistry metrics) {
        return DeadLetterRouting.afterRollback(template, publisher, topics, properties, metrics);
    }
}
