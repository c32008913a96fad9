package org.baogao.ingest.publish;

import org.apache.kafka.clients.admin.NewTopic;
import org.baogao.contracts.Topics;
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

    @Bean
    KafkaAdmin.NewTopics ingestTopics(IngestProperties properties) {
        return new KafkaAdmin.NewTopics(topic(Topics.RAW, properties), topic(Topics.STATUS, properties));
    }

    private static NewTopic topic(String name, IngestProperties properties) {
        return TopicBuilder.name(name)
                .partitions(properties.topics().partitions())
                .replicas(properties.topics().replication())
                .configs(Topics.configOf(name))
                .build();
    }
}
