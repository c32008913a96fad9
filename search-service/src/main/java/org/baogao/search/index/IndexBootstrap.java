package org.baogao.search.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import org.baogao.search.SearchProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Makes sure, before anything reads or writes, that the versioned template exists (always re-put: it is the
 * code's mapping), and that the alias exists, creating a fresh concrete index behind it when it does not.
 * An existing alias is never touched: moving it to a new mapping version is a deliberate reindex step.
 */
public class IndexBootstrap implements InitializingBean {
    private static final Logger log = LoggerFactory.getLogger(IndexBootstrap.class);

    private final ElasticsearchClient client;
    private final IndexNames names;
    private final SearchProperties properties;
    private final Clock clock;

    public IndexBootstrap(ElasticsearchClient client, SearchProperties properties, Clock clock) {
        this.client = client;
        this.names = new IndexNames(properties.indexPrefix());
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void afterPropertiesSet() throws Exception {
        Instant deadline = clock.instant().plus(properties.elasticsearch().startupWait());
        while (true) {
            try {
                ensure();
                return;
            } catch (IOException e) {
                if (clock.instant().isAfter(deadline)) {
                    throw new IllegalStateException("Elasticsearch at " + properties.elasticsearch().uris()
                            + " not reachable within " + properties.elasticsearch().startupWait(), e);
                }
                log.info("waiting for Elasticsearch at {}: {}", properties.elasticsearch().uris(), e.toString());
                Thread.sleep(Duration.ofSeconds(1).toMillis());
            }
        }
    }

    /** Template, then alias and index; safe to run any number of times. */
    public void ensure() throws IOException {
        String body = ReportIndexTemplate.body(properties.index());
        client.indices().putIndexTemplate(t -> t
                .name(names.template())
                .indexPatterns(names.pattern())
                .version((long) IndexNames.MAPPING_VERSION)
                .priority(100L)
                .meta("owner", co.elastic.clients.json.JsonData.of("search-service"))
                .template(b -> b.withJson(new StringReader(body))));
        if (client.indices().existsAlias(a -> a.name(names.alias())).value()) {
            log.info("alias {} exists; template {} updated", names.alias(), names.template());
            return;
        }
        String index = names.newIndex(clock);
        try {
            client.indices().create(c -> c.index(index).aliases(names.alias(), a -> a.isWriteIndex(true)));
            log.info("created index {} behind alias {}", index, names.alias());
        } catch (ElasticsearchException e) {
            // Another instance may have won the race; what matters is that the alias exists now.
            if (!client.indices().existsAlias(a -> a.name(names.alias())).value()) {
                throw e;
            }
        }
    }

    public IndexNames names() {
        return names;
    }
}
