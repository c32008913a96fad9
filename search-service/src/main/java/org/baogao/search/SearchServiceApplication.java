package org.baogao.search;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import org.baogao.service.ServiceOperability;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.PropertySource;

/**
 * Indexes enriched reports from Kafka into Elasticsearch and serves the search API and page. Start it from a
 * test with {@code SearchServiceApplication.builder().properties("server.port=0",
 * "spring.kafka.bootstrap-servers=...", "baogao.search.elasticsearch.uris=...", "baogao.search.index-prefix=...").run()}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Import(ServiceOperability.class)
@OpenAPIDefinition(info = @Info(title = "Baogao search-service", version = "v1",
        description = "Full-text search over government work reports (Chinese, simplified and traditional), "
                + "their quantitative targets, and comparisons of one indicator across regions and years."))
@PropertySource("classpath:/org/baogao/search/search-service.properties")
public class SearchServiceApplication {
    /** Port when started from the command line ({@code --server.port=...} still wins). */
    public static final int DEFAULT_PORT = 8080;

    /** The application with its overridable defaults; later {@code properties(...)} calls win. */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(SearchServiceApplication.class).properties("server.port=" + DEFAULT_PORT);
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
