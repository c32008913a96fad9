package org.baogao.search.targets;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.baogao.search.SearchProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class TargetsConfiguration {

    @Bean
    TargetSearch targetSearch(ElasticsearchClient client, SearchProperties properties) {
        return new TargetSearch(client, properties);
    }

    @Bean
    TargetComparisonSearch targetComparisonSearch(ElasticsearchClient client, SearchProperties properties) {
        return new TargetComparisonSearch(client, properties);
    }

    @Bean
    TargetStats targetStats(ElasticsearchClient client, SearchProperties properties) {
        return new TargetStats(client, properties);
    }
}
