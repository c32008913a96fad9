package org.baogao.search;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * Everything search-service can be told, under {@code baogao.search}. The defaults run against a local
 * Elasticsearch on 9200 and a local Kafka (see {@code spring.kafka.bootstrap-servers}).
 *
 * @param indexPrefix   base of every Elasticsearch name: the alias is {@code <prefix>}, the template
 *                      {@code <prefix>-v1}, concrete indices {@code <prefix>-v1-<yyyyMMddHHmmss>}; tests use fresh ones
 * @param elasticsearch where Elasticsearch is and how long to wait for it
 * @param index         settings of the concrete indices
 * @param indexing      how records go from Kafka to Elasticsearch
 * @param api           limits on what a client may ask
 * @param reindex       how {@code POST /api/admin/reindex} rebuilds the index
 */
@ConfigurationProperties("baogao.search")
public record SearchProperties(
        @DefaultValue("baogao-reports") String indexPrefix,
        @DefaultValue Elasticsearch elasticsearch,
        @DefaultValue Index index,
        @DefaultValue Indexing indexing,
        @DefaultValue Api api,
        @DefaultValue Reindex reindex) {

    /**
     * @param uris           nodes to talk to
     * @param connectTimeout TCP connect timeout
     * @param socketTimeout  longest wait for a response
     * @param startupWait    how long start-up waits for Elasticsearch before giving up
     */
    public record Elasticsearch(
            @DefaultValue("http://localhost:9200") List<URI> uris,
            @DefaultValue("5s") Duration connectTimeout,
            @DefaultValue("60s") Duration socketTimeout,
            @DefaultValue("60s") Duration startupWait) {
    }

    /**
     * @param shards             primary shards of a new index
     * @param replicas           {@code auto_expand_replicas} range: one node stays green, two get a copy
     * @param nestedObjectsLimit most targets one report may carry ({@code index.mapping.nested_objects.limit})
     * @param refreshInterval    how soon an indexed report becomes searchable; half Elasticsearch's 1 s default,
     *                           because the refresh was the largest part of ingest→searchable (load benchmark)
     */
    public record Index(
            @DefaultValue("1") int shards,
            @DefaultValue("0-1") String replicas,
            @DefaultValue("10000") int nestedObjectsLimit,
            @DefaultValue("500ms") String refreshInterval) {
    }

    /**
     * @param consumerGroup     Kafka consumer group of the indexer
     * @param listenerId        id of the listener container (pause/resume, metrics)
     * @param concurrency       consumer threads
     * @param bulkMaxOperations operations per bulk request
     * @param bulkMaxBytes      bytes per bulk request
     * @param flushInterval     longest time an operation waits in the ingester buffer; short, because under a steady
     *                          trickle of reports a bulk never fills and every report waited for it (load benchmark)
     * @param commitInterval    how often acknowledged offsets are committed when no records arrive
     * @param maxPending        records read but not yet acknowledged before consumption pauses
     * @param maxPendingBytes   memory those records may hold before consumption pauses
     * @param retryInitial      first back-off after a transient Elasticsearch failure
     * @param retryMax          longest back-off
     * @param deadLetterTimeout how long a dead-letter publish may take before it is retried
     */
    public record Indexing(
            @DefaultValue("baogao-search") String consumerGroup,
            @DefaultValue("search-indexer") String listenerId,
            @DefaultValue("1") int concurrency,
            @DefaultValue("200") int bulkMaxOperations,
            @DefaultValue("8388608") long bulkMaxBytes,
            @DefaultValue("100ms") Duration flushInterval,
            @DefaultValue("1s") Duration commitInterval,
            @DefaultValue("200") int maxPending,
            @DefaultValue("268435456") long maxPendingBytes,
            @DefaultValue("200ms") Duration retryInitial,
            @DefaultValue("30s") Duration retryMax,
            @DefaultValue("30s") Duration deadLetterTimeout) {
    }

    /**
     * @param defaultPageSize hits per page when the client does not say
     * @param maxPageSize     most hits per page
     * @param maxQueryLength  longest query string, in characters
     * @param defaultTargetPageSize target rows (or regions of {@code /api/targets/stats}) per page when the client does not say
     * @param maxTargetPageSize     most target rows (or regions) per page; CSV has no limit, it streams
     */
    public record Api(
            @DefaultValue("20") int defaultPageSize,
            @DefaultValue("100") int maxPageSize,
            @DefaultValue("200") int maxQueryLength,
            @DefaultValue("100") int defaultTargetPageSize,
            @DefaultValue("1000") int maxTargetPageSize) {
    }

    /**
     * @param keepOld       keep the index the alias pointed to before (for a manual rollback) instead of deleting it
     * @param drainTimeout  longest wait for the live indexer to pause with nothing in flight, before the alias moves
     * @param stallTimeout  longest time reading the topic may make no progress before the reindex fails
     * @param maxAttempts   tries of one document after transient Elasticsearch failures before the reindex fails
     * @param keptJobs      finished jobs whose status stays queryable
     */
    public record Reindex(
            @DefaultValue("false") boolean keepOld,
            @DefaultValue("60s") Duration drainTimeout,
            @DefaultValue("120s") Duration stallTimeout,
            @DefaultValue("10") int maxAttempts,
            @DefaultValue("20") int keptJobs) {
    }

    /** Alias every read and write goes through. */
    public String alias() {
        return indexPrefix;
    }
}
