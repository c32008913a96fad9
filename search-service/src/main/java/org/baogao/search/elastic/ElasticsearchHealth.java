package org.baogao.search.elastic;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Whether Elasticsearch answers, and its cluster colour: part of search-service's readiness (it can neither
 * search nor index without it), never of its liveness. Bounded by its own timeout, shorter than the client's.
 */
public class ElasticsearchHealth implements HealthIndicator {
    private final ElasticsearchClient client;
    private final Duration timeout;

    public ElasticsearchHealth(ElasticsearchClient client, Duration timeout) {
        this.client = client;
        this.timeout = timeout;
    }

    @Override
    public Health health() {
        try {
            HealthResponse cluster = CompletableFuture.supplyAsync(this::clusterHealth)
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            String status = cluster.status().jsonValue();
            return ("red".equals(status) ? Health.down() : Health.up())
                    .withDetail("cluster", cluster.clusterName()).withDetail("status", status).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.down().withDetail("reason", "interrupted").build();
        } catch (Exception e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return Health.down().withDetail("reason", "Elasticsearch did not answer within " + timeout.toMillis()
                    + " ms: " + cause.getClass().getSimpleName()).build();
        }
    }

    private HealthResponse clusterHealth() {
        try {
            return client.cluster().health();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
