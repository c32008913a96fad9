package org.baogao.search.indicators;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.baogao.search.SearchProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class IndicatorsConfiguration {

    @Bean
    IndicatorCounts indicatorCounts(ElasticsearchClient client, SearchProperties properties) {
        return new IndicatorCounts(client, properties);
    }
}
