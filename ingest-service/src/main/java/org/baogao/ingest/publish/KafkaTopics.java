package org.baogao.ingest.publish;

import org.baogao.contracts.TopicLayout;
import org.baogao.contracts.TopicNames;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The topics ingest-service writes and reads, created at start-up by Spring's {@code KafkaAdmin}
 * if they do not exist yet, laid out as every service lays them out ({@link TopicLayout}: raw records may be
 * as large as a whole report, statuses are compacted).
 */
@Configuration(proxyBeanMethods = false)
class KafkaTopics {

    /** The pipeline's topic names; a prefix ({@code baogao.topics.prefix}) separates pipelines sharing a broker. */
    @Bean
    TopicNames topicNames(@Value("${" + TopicNames.PREFIX_PROPERTY + ":}") String prefix) {
        return TopicNames.withPrefix(prefix);
    }

    @Bean
    KafkaAdmin.NewTopics ingestTopics(TopicNames topics, Environment environment) {
        return new KafkaAdmin.NewTopics(TopicLayout.from(environment::getProperty).declare(topics, topics.raw(), topics.status()));
    }
}
