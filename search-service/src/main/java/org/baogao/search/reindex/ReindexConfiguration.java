package org.baogao.search.reindex;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.baogao.contracts.TopicNames;
import org.baogao.contracts.Topics;
import org.baogao.search.SearchProperties;
import org.baogao.search.index.IndexBootstrap;
import org.baogao.search.indexing.ConsumptionGate;
import org.baogao.search.indexing.OffsetTracker;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.util.Map;

/** Wiring of the reindex: a reader of the enriched topic per job, the live indexer's gate, the job runner. */
@Configuration(proxyBeanMethods = false)
public class ReindexConfiguration {

    /** Depends on the bootstrap so that the template of the current version exists before a job creates an index. */
    @Bean(destroyMethod = "close")
    ReindexJobs reindexJobs(ElasticsearchClient client, SearchProperties properties, KafkaProperties kafka,
                            TopicNames topics, ConsumptionGate gate, OffsetTracker tracker, Clock clock,
                            IndexBootstrap bootstrap, MeterRegistry metrics) {
        LiveIndexerHold liveIndexer = new LiveIndexerHold(gate, tracker, clock);
        Map<String, Object> config = kafka.buildConsumerProperties();
        // Assigned partitions and no group: nothing is committed, the live indexer's group is never rebalanced.
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // Only what extract-service committed: an aborted transaction's records are never indexed.
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "search-reindex");
        config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Topics.MAX_RECORD_BYTES);
        config.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 2 * Topics.MAX_RECORD_BYTES);
        return new ReindexJobs(progress -> new ReindexJob(progress, client, properties,
                () -> new EnrichedTopicReader(new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer()),
                        topics.enriched(), properties.reindex().stallTimeout(), clock),
                liveIndexer, clock, metrics), clock, properties.reindex().keptJobs());
    }
}
