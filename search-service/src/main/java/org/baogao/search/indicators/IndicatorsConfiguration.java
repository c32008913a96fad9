package org.baogao.search.indicators;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.baogao.search.SearchProperties;
import org.baogao.targets.indicator.IndicatorCatalogue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class IndicatorsConfiguration {

    /** The extractor's own catalogue: the names the page shows are the lexicon extraction reads reports with. */
    @Bean
    IndicatorCatalogue indicatorCatalogue() {
        return IndicatorCatalogue.lexicon();
    }

    @Bean
    IndicatorCounts indicatorCounts(ElasticsearchClient client, SearchProperties properties) {
        return new IndicatorCounts(client, properties);
    }
}
