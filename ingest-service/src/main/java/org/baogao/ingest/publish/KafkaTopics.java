package org.baogao.ingest.publish;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.baogao.contracts.Topics;
import org.baogao.ingest.IngestProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/**
 * The topics ingest-service writes and reads, created at start-up by Spring's {@code KafkaAdmin}
 * if they do not exist yet (existing topics are left as they are).
 */
@Configuration(proxyBeanMethods = false)
class KafkaTopics {

    /** Raw reports: large records, so the topic's record limit is raised to the contract's. */
    @Bean
    NewTopic rawReportsTopic(IngestProperties properties) {
        return TopicBuilder.name(Topics.RAW)
                .partitions(properties.topics().partitions())
                .replicas(properties.topics().replication())
                .config(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(Topics.MAX_RECORD_BYTES))
                .build();
    }

    /** Statuses: compacted, so a reader starting from the beginning finds the latest per report. */
    @Bean
    NewTopic reportStatusTopic(IngestProperties properties) {
        return TopicBuilder.name(Topics.STATUS)
                .partitions(properties.topics().partitions())
                .replicas(properties.topics().replication())
                .compact()
                .build();
    }
}
