package org.baogao.search.indexing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.baogao.service.MetricNames;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.baogao.contracts.TopicLayout;
import org.baogao.contracts.TopicNames;
import org.baogao.contracts.Topics;
import org.springframework.beans.factory.annotation.Value;
import org.baogao.search.SearchProperties;
import org.baogao.search.index.IndexBootstrap;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.MicrometerConsumerListener;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.util.backoff.FixedBackOff;

import java.time.Clock;
import java.util.Map;

/**
 * Wiring of the Kafka → Elasticsearch path. The delivery guarantee (at least once, idempotent by report id)
 * is enforced by {@link OffsetTracker} alone: the container runs in ack mode MANUAL and is never acknowledged,
 * the error handler does not commit recovered records, and {@link OffsetCommitter} commits only what the
 * tracker releases.
 */
@Configuration(proxyBeanMethods = false)
public class IndexingKafkaConfiguration {
    public static final String CONTAINER_FACTORY = "enrichedReportContainerFactory";

    /** The pipeline's topic names; a prefix ({@code baogao.topics.prefix}) separates pipelines sharing a broker. */
    @Bean
    TopicNames topicNames(@Value("${" + TopicNames.PREFIX_PROPERTY + ":}") String prefix) {
        return TopicNames.withPrefix(prefix);
    }

    @Bean
    KafkaAdmin.NewTopics searchTopics(TopicNames names, Environment environment) {
        return new KafkaAdmin.NewTopics(TopicLayout.from(environment::getProperty)
                .declare(names, names.enriched(), names.enrichedDeadLetter(), names.status()));
    }

    @Bean
    OffsetTracker offsetTracker() {
        return new OffsetTracker();
    }

    @Bean
    OffsetCommitter offsetCommitter(OffsetTracker tracker) {
        return new OffsetCommitter(tracker);
    }

    @Bean
    KafkaTemplate<String, Object> searchProducer(KafkaProperties kafka) {
        Map<String, Object> config = kafka.buildProducerProperties();
        // A dead-lettered record carries a whole report.
        config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Topics.MAX_RECORD_BYTES);
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config, new StringSerializer(), new OutgoingValueSerializer()));
    }

    @Bean
    StatusPublisher statusPublisher(KafkaTemplate<String, Object> searchProducer, TopicNames names, Clock clock) {
        return new StatusPublisher(searchProducer, names.status(), clock);
    }

    @Bean
    DeadLetters deadLetters(KafkaTemplate<String, Object> searchProducer, TopicNames names, SearchProperties properties,
                            Clock clock, MeterRegistry metrics) {
        return new DeadLetters(searchProducer, names.enrichedDeadLetter(), properties.indexing().deadLetterTimeout(), clock,
                metrics);
    }

    @Bean
    ConsumptionGate consumptionGate(KafkaListenerEndpointRegistry registry, SearchProperties properties) {
        return new ConsumptionGate(registry, properties.indexing().listenerId(), properties.indexing().maxPending(),
                properties.indexing().maxPendingBytes());
    }

    @Bean
    IndexingHealth indexingHealth(ConsumptionGate gate, OffsetTracker tracker) {
        return new IndexingHealth(gate, tracker);
    }

    @Bean(destroyMethod = "close")
    IndexingOutcomes indexingOutcomes(StatusPublisher status, DeadLetters deadLetters, ConsumptionGate gate,
                                      SearchProperties properties, MeterRegistry metrics, Clock clock) {
        return new IndexingOutcomes(status, deadLetters, gate,
                new Backoff(properties.indexing().retryInitial(), properties.indexing().retryMax()),
                Timer.builder(MetricNames.STAGE_DURATION).tag("stage", "index")
                        .description("from the enriched record's timestamp until Elasticsearch acknowledged it")
                        .publishPercentileHistogram().register(metrics), clock);
    }

    /** Depends on the bootstrap so that nothing is written before the alias exists. */
    @Bean(destroyMethod = "close")
    BulkWriter<IndexJob> liveIndexWriter(ElasticsearchClient client, SearchProperties properties, IndexingOutcomes outcomes,
                                         IndexBootstrap bootstrap, MeterRegistry metrics) {
        // Live indexing retries a transient failure for as long as it lasts: the offset waits, nothing is lost.
        return new BulkWriter<>(client, properties.alias(), true, properties.indexing(), Integer.MAX_VALUE, outcomes,
                "live", metrics);
    }

    @Bean
    EnrichedReportListener enrichedReportListener(OffsetTracker tracker, OffsetCommitter committer, BulkWriter<IndexJob> indexer,
                                                  ConsumptionGate gate, SearchProperties properties, Clock clock) {
        return new EnrichedReportListener(tracker, committer, indexer, gate, properties.indexing().listenerId(), clock);
    }

    @Bean
    DefaultErrorHandler enrichedReportErrorHandler(OffsetTracker tracker, DeadLetters deadLetters, StatusPublisher status) {
        // An undecodable value is not retried (DeserializationException is fatal by default); a document that
        // could not be built is tried three times in all, then dead-lettered as PROCESSING_ERROR.
        DefaultErrorHandler handler = new DefaultErrorHandler(new DeadLetterRecovery(tracker, deadLetters, status),
                new FixedBackOff(500, 2));
        handler.setCommitRecovered(false);
        handler.setAckAfterHandle(false);
        return handler;
    }

    @Bean(CONTAINER_FACTORY)
    ConcurrentKafkaListenerContainerFactory<String, ReceivedReport> enrichedReportContainerFactory(
            KafkaProperties kafka, SearchProperties properties, OffsetCommitter committer,
            DefaultErrorHandler enrichedReportErrorHandler, MeterRegistry metrics) {
        Map<String, Object> config = kafka.buildConsumerProperties();
        config.put(ConsumerConfig.GROUP_ID_CONFIG, properties.indexing().consumerGroup());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // Only what extract-service committed: an aborted transaction's records are never indexed.
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        // A record is a whole report, up to Topics.MAX_RECORD_BYTES.
        config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Topics.MAX_RECORD_BYTES);
        config.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 2 * Topics.MAX_RECORD_BYTES);
        var consumerFactory = new DefaultKafkaConsumerFactory<>(config, new StringDeserializer(),
                new ErrorHandlingDeserializer<>(new ReceivedReportDeserializer()));
        // Consumer lag and fetch metrics (kafka_consumer_fetch_manager_records_lag...) on /actuator/prometheus.
        consumerFactory.addListener(new MicrometerConsumerListener<>(metrics));
        var factory = new ConcurrentKafkaListenerContainerFactory<String, ReceivedReport>();
        factory.setConsumerFactory(consumerFactory);
        factory.setConcurrency(properties.indexing().concurrency());
        factory.setCommonErrorHandler(enrichedReportErrorHandler);
        ContainerProperties container = factory.getContainerProperties();
        container.setAckMode(ContainerProperties.AckMode.MANUAL);
        container.setIdleEventInterval(properties.indexing().commitInterval().toMillis());
        container.setConsumerRebalanceListener(committer);
        return factory;
    }
}
