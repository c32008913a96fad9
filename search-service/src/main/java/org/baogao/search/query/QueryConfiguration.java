package org.baogao.search.query;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.baogao.search.SearchProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class QueryConfiguration {

    @Bean
    SearchService searchService(ElasticsearchClient client, SearchProperties properties) {
        return new SearchService(client, properties);
    }
}
