package org.baogao.ingest;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Accepts reports from operators and publishes them to Kafka. Start it from a test with
 * {@code new SpringApplicationBuilder(IngestApplication.class).properties("server.port=0",
 * "spring.kafka.bootstrap-servers=...").run()}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IngestApplication {

    public static void main(String[] args) {
        SpringApplication.run(IngestApplication.class, args);
    }
}
