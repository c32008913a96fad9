package org.baogao.ingest;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import org.baogao.filetypes.FileTypeDetector;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.baogao.service.ServiceOperability;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.PropertySource;

/**
 * Accepts reports from operators and publishes them to Kafka. Start it from a test with
 * {@code IngestApplication.builder().properties("server.port=0", "spring.kafka.bootstrap-servers=...").run()}
 * (or {@code new SpringApplicationBuilder(IngestApplication.class)}): nothing in its own configuration
 * outranks those properties, and it has no {@code application.properties} that another service on the
 * same classpath could pick up.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Import(ServiceOperability.class)
@OpenAPIDefinition(info = @Info(title = "Baogao ingest-service", version = "v1",
        description = "Accepts government work reports from operators and publishes them to Kafka; "
                + "follows each report through extraction and indexing."))
@PropertySource("classpath:/org/baogao/ingest/ingest-service.properties")
public class IngestApplication {
    /** Port when started from the command line ({@code --server.port=...} still wins). */
    public static final int DEFAULT_PORT = 8081;

    /** The application with its overridable defaults; later {@code properties(...)} calls win. */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(IngestApplication.class).properties("server.port=" + DEFAULT_PORT);
    }

    /** What a file is: the same detector extract-service reads files by. */
    @Bean
    FileTypeDetector fileTypeDetector() {
        return new FileTypeDetector();
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
