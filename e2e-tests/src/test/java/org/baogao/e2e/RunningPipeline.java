package org.baogao.e2e;

import org.baogao.extract.ExtractApplication;
import org.baogao.ingest.IngestApplication;
import org.baogao.contracts.TopicNames;
import org.baogao.search.SearchServiceApplication;
import org.baogao.servers.FreshNames;
import org.baogao.servers.RealServers;
import org.baogao.servers.SharedRealServers;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The three services, started in this JVM against the shared real Kafka and Elasticsearch, once per
 * test run, on fresh topic names, consumer groups and index names: other tests on the same servers
 * never see this pipeline's records, nor it theirs.
 */
public final class RunningPipeline {
    private static RunningPipeline instance;

    final RealServers servers;
    final String indexPrefix = FreshNames.next("e2e-reports");
    final TopicNames topics = TopicNames.withPrefix(FreshNames.next("e2e") + ".");
    final String extractGroup = FreshNames.next("e2e-extract");
    final String searchGroup = FreshNames.next("e2e-search");
    public final String ingestUrl;
    public final String searchUrl;
    private final List<ConfigurableApplicationContext> apps = new ArrayList<>();

    private RunningPipeline() {
        servers = SharedRealServers.get();
        String[] common = {
                "server.port=0",
                "spring.kafka.bootstrap-servers=" + servers.kafkaBootstrap(),
                "spring.jmx.enabled=false",
                TopicNames.PREFIX_PROPERTY + "=" + topics.prefix(),
        };
        ingestUrl = url(start(IngestApplication.builder(), common));
        start(ExtractApplication.builder(), common, "baogao.extract.group-id=" + extractGroup);
        searchUrl = url(start(SearchServiceApplication.builder(), common,
                "baogao.search.elasticsearch.uris=" + servers.elasticsearchUrl(),
                "baogao.search.index-prefix=" + indexPrefix,
                "baogao.search.indexing.consumer-group=" + searchGroup));
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "e2e-pipeline-stop"));
    }

    /**
     * A pipeline of its own (fresh topics, consumer groups and index), for a test that posts reports the shared
     * pipeline's tests must not see.
     */
    public static RunningPipeline separate() {
        return new RunningPipeline();
    }

    public static synchronized RunningPipeline get() {
        if (instance == null) {
            instance = new RunningPipeline();
        }
        return instance;
    }

    private ConfigurableApplicationContext start(SpringApplicationBuilder builder, String[] common, String... extra) {
        // As command-line arguments: they outrank each service's own configuration file, as they would for an operator.
        List<String> args = new ArrayList<>();
        Stream.concat(Stream.of(common), Stream.of(extra)).forEach(p -> args.add("--" + p));
        ConfigurableApplicationContext ctx = builder.run(args.toArray(String[]::new));
        apps.add(ctx);
        return ctx;
    }

    private static String url(ConfigurableApplicationContext ctx) {
        return "http://127.0.0.1:" + ctx.getEnvironment().getProperty("local.server.port");
    }

    private synchronized void stop() {
        for (int i = apps.size() - 1; i >= 0; i--) {
            apps.get(i).close();
        }
        apps.clear();
    }
}
