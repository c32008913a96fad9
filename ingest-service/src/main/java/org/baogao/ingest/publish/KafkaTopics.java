package org.baogao.ingest.publish;

import org.apache.kafka.clients.admin.NewTopic;
import org.baogao.contracts.TopicNames;
import org.baogao.contracts.Topics;
import org.springframework.beans.factory.annotation.Value;
import org.baogao.ingest.IngestProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The topics ingest-service writes and reads, created at start-up by Spring's {@code KafkaAdmin}
 * if they do not exist yet (existing topics are left as they are). Their configuration is the
 * contract's ({@link Topics#configOf}): raw records may be as large as a whole report, statuses are
 * compacted.
 */
@Configuration(proxyBeanMethods = false)
class KafkaTopics {

    /** The pipeline's topic names; a prefix ({@code baogao.topics.prefix}) separates pipelines sharing a broker. */
    @Bean
    TopicNames topicNames(@Value("${" + TopicNames.PREFIX_PROPERTY + ":}") String prefix) {
        return TopicNames.withPrefix(prefix);
    }

    @Bean
    KafkaAdmin.NewTopics ingestTopics(TopicNames topics, IngestProperties properties) {
        return new KafkaAdmin.NewTopics(topic(topics.raw(), topics, properties), topic(topics.status(), topics, properties));
    }

    private static NewTopic topic(String name, TopicNames topics, IngestProperties properties) {
        return TopicBuilder.name(name)
                .partitions(properties.topics().partitions())
                .replicas(properties.topics().replication())
                .configs(topics.configOf(name))
                .build();
    }
}
