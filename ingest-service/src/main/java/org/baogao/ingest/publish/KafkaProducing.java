package org.baogao.ingest.publish;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.baogao.contracts.Topics;
import org.baogao.ingest.IngestProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;

import java.util.HashMap;
import java.util.Map;

/**
 * The one producer of ingest-service. It starts from Boot's producer factory (so every
 * {@code spring.kafka.*} setting, bootstrap servers and security included, applies) and pins what
 * the no-loss promise depends on: acks from all in-sync replicas, idempotence so a retried send
 * is not written twice, a request size that fits the largest report, and a bounded wait for
 * metadata so a missing broker turns into a timely 503.
 */
@Configuration(proxyBeanMethods = false)
class KafkaProducing {

    /**
     * Boot's producer factory with the overrides; {@link KafkaTemplate} copies the factory for them
     * and closes that copy when the context closes.
     */
    @Bean
    @SuppressWarnings("unchecked")
    KafkaTemplate<String, byte[]> reportKafkaTemplate(ProducerFactory<?, ?> bootProducerFactory,
                                                      IngestProperties properties) {
        Map<String, Object> overrides = new HashMap<>();
        overrides.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        overrides.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        overrides.put(ProducerConfig.ACKS_CONFIG, "all");
        overrides.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        overrides.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Topics.MAX_RECORD_BYTES);
        overrides.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, properties.compression());
        overrides.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, properties.ackTimeout().toMillis());
        return new KafkaTemplate<>((ProducerFactory<String, byte[]>) bootProducerFactory, overrides);
    }
}
