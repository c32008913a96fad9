package org.baogao.search.watch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.baogao.contracts.TopicLayout;
import org.baogao.contracts.TopicNames;
import org.baogao.search.SearchProperties;
import org.baogao.search.index.IndexBootstrap;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

import java.time.Clock;
import java.util.Map;

/** Watches, the alerts they raise, and the status-topic listener that raises them. */
@Configuration(proxyBeanMethods = false)
public class WatchConfiguration {
    static final String CONTAINER_FACTORY = "alertContainerFactory";

    /** Depends on the bootstrap, which waits for Elasticsearch at start-up. */
    @Bean
    WatchIndices watchIndices(ElasticsearchClient client, SearchProperties properties, IndexBootstrap bootstrap) throws Exception {
        WatchIndices indices = WatchIndices.of(properties.indexPrefix());
        indices.ensure(client);
        return indices;
    }

    @Bean
    WatchStore watchStore(ElasticsearchClient client, WatchIndices indices) {
        return new WatchStore(client, indices);
    }

    @Bean
    AlertStore alertStore(ElasticsearchClient client, WatchIndices indices) {
        return new AlertStore(client, indices);
    }

    @Bean
    KafkaAdmin.NewTopics alertTopics(TopicNames names, Environment environment) {
        return new KafkaAdmin.NewTopics(TopicLayout.from(environment::getProperty).declare(names, names.alerts()));
    }

    @Bean
    AlertListener alertListener(WatchStore watches, ElasticsearchClient client, SearchProperties properties, Clock clock,
                                KafkaTemplate<String, Object> searchProducer, TopicNames names, AlertStore alerts) {
        WatchMatcher matcher = new WatchMatcher(client, properties.alias(), properties.api().maxQueryLength(), clock);
        AlertPublisher publisher = new AlertPublisher(searchProducer, names.alerts(), alerts,
                properties.indexing().deadLetterTimeout());
        return new AlertListener(watches, matcher, publisher);
    }

    /**
     * Batches of statuses, in a consumer group of its own ({@code <indexing group>-alerts}); offsets committed after
     * each batch. Failures (Elasticsearch or Kafka away) retry the batch with a back-off that never gives up: an
     * alert is never skipped, only late.
     */
    @Bean(CONTAINER_FACTORY)
    ConcurrentKafkaListenerContainerFactory<String, byte[]> alertContainerFactory(KafkaProperties kafka,
                                                                                  SearchProperties properties) {
        Map<String, Object> config = kafka.buildConsumerProperties();
        config.put(ConsumerConfig.GROUP_ID_CONFIG, properties.indexing().consumerGroup() + "-alerts");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        var factory = new ConcurrentKafkaListenerContainerFactory<String, byte[]>();
        factory.setConsumerFactory(new DefaultKafkaConsumerFactory<>(config, new StringDeserializer(), new ByteArrayDeserializer()));
        factory.setBatchListener(true);
        ExponentialBackOff backOff = new ExponentialBackOff(properties.indexing().retryInitial().toMillis(), 2.0);
        backOff.setMaxInterval(properties.indexing().retryMax().toMillis());
        factory.setCommonErrorHandler(new DefaultErrorHandler(backOff));
        factory.getContainerProperties().setAckMode(ContainerProperties.AckMode.BATCH);
        return factory;
    }

}
