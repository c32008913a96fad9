package org.baogao.search.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.baogao.search.SearchProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** The index resources and the clock their names are stamped with. */
@Configuration(proxyBeanMethods = false)
public class IndexConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    IndexBootstrap indexBootstrap(ElasticsearchClient client, SearchProperties properties, Clock clock) {
        return new IndexBootstrap(client, properties, clock);
    }
}
