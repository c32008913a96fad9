package org.baogao.search.regions;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.baogao.analysis.region.Divisions;
import org.baogao.search.SearchProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class RegionsConfiguration {

    @Bean
    RegionTree regionTree() {
        return new RegionTree(Divisions.snapshot());
    }

    @Bean
    RegionCounts regionCounts(ElasticsearchClient client, SearchProperties properties) {
        return new RegionCounts(client, properties);
    }
}
