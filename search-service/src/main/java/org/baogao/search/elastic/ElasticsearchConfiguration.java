package org.baogao.search.elastic;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest5_client.Rest5ClientTransport;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;
import org.baogao.search.SearchProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.net.URI;
import java.time.Duration;

/**
 * The Elasticsearch client. Spring Boot's own auto-configuration lives in a module Maven Central does not
 * serve for 4.1.1, so the few lines are here; the JSON mapping is Jackson 3, like every other JSON of the project.
 */
@Configuration(proxyBeanMethods = false)
public class ElasticsearchConfiguration {

    @Bean(destroyMethod = "close")
    Rest5Client elasticsearchRestClient(SearchProperties properties) {
        SearchProperties.Elasticsearch es = properties.elasticsearch();
        HttpHost[] hosts = es.uris().stream().map(ElasticsearchConfiguration::host).toArray(HttpHost[]::new);
        return Rest5Client.builder(hosts)
                .setRequestConfigCallback(request -> request
                        .setConnectionRequestTimeout(Timeout.of(es.connectTimeout()))
                        .setResponseTimeout(Timeout.of(es.socketTimeout())))
                .setConnectionConfigCallback(connection -> connection
                        .setConnectTimeout(Timeout.of(es.connectTimeout()))
                        .setSocketTimeout(Timeout.of(es.socketTimeout())))
                .build();
    }

    @Bean
    ElasticsearchClient elasticsearchClient(Rest5Client restClient) {
        return new ElasticsearchClient(new Rest5ClientTransport(restClient, new Jackson3JsonpMapper()));
    }

    /** Readiness: Elasticsearch answers (named {@code elasticsearch} in the health groups). */
    @Bean("elasticsearch")
    ElasticsearchHealth elasticsearchHealth(ElasticsearchClient client) {
        return new ElasticsearchHealth(client, Duration.ofSeconds(3));
    }

    static HttpHost host(URI uri) {
        int port = uri.getPort() > 0 ? uri.getPort() : ("https".equals(uri.getScheme()) ? 443 : 9200);
        return new HttpHost(uri.getScheme() == null ? "http" : uri.getScheme(), uri.getHost(), port);
    }
}
