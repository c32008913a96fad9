package org.baogao.ingest;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.PropertySource;

/**
 * Accepts reports from operators and publishes them to Kafka. Start it from a test with
 * {@code new SpringApplicationBuilder(IngestApplication.class).properties("server.port=0",
 * "spring.kafka.bootstrap-servers=...").run()}: nothing in its own configuration outranks those.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@OpenAPIDefinition(info = @Info(title = "Baogao ingest-service", version = "v1",
        description = "Accepts government work reports from operators and publishes them to Kafka; "
                + "follows each report through extraction and indexing."))
@PropertySource("classpath:/org/baogao/ingest/ingest-service.properties")
public class IngestApplication {
    /** Port when started from the command line ({@code --server.port=...} still wins). */
    public static final int DEFAULT_PORT = 8081;

    public static void main(String[] args) {
        new SpringApplicationBuilder(IngestApplication.class)
                .properties("server.port=" + DEFAULT_PORT)
                .run(args);
    }
}
