package org.baogao.e2e.search;

import org.baogao.contracts.EnrichedReport;
import org.baogao.servers.SharedRealServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.baogao.e2e.search.SearchServiceUnderTest.await;
import static org.baogao.e2e.search.SearchServiceUnderTest.ids;

/**
 * Elasticsearch going away while reports arrive: nothing is dead-lettered, the offset is not committed past
 * the unacknowledged report, and once Elasticsearch is back the report is indexed and the offset moves on.
 */
class TransientFailureTest {
    private static CuttableProxy proxy;
    private static SearchServiceUnderTest service;

    @BeforeAll
    static void start() throws Exception {
        proxy = new CuttableProxy(URI.create(SharedRealServers.get().elasticsearchUrl()));
        service = new SearchServiceUnderTest(
                "baogao.search.elasticsearch.uris=" + proxy.url(),
                "baogao.search.elasticsearch.connect-timeout=1s",
                "baogao.search.indexing.retry-initial=100ms",
                "baogao.search.indexing.retry-max=1s");
    }

    @AfterAll
    static void stop() throws Exception {
        if (service != null) {
            service.close();
        }
        if (proxy != null) {
            proxy.close();
        }
    }

    @Test
    void anUnreachableElasticsearchHoldsTheOffsetUntilTheReportIsIndexed() throws Exception {
        EnrichedReport first = TestReports.report("tf-first.txt").title("断开之前").region(TestReports.SUZHOU).year(2024)
                .text("苏州市建设具有全球影响力的产业科技创新中心。").build();
        service.publish(first);
        await("first report committed", Duration.ofSeconds(60), () -> service.committedOffset() == service.endOffset());
        long committedBefore = service.committedOffset();

        proxy.cut();
        EnrichedReport during = TestReports.report("tf-during.txt").title("断开期间").region(TestReports.WUJIN).year(2024)
                .text("武进区推进绿色低碳转型，光伏产业规模持续扩大。").build();
        long offset = service.publish(during);
        // Long enough for several failed bulk attempts and commit rounds.
        Thread.sleep(5000);
        assertThat(service.committedOffset()).isEqualTo(committedBefore).isLessThanOrEqualTo(offset);
        // Not ready without Elasticsearch, but alive: restarting it would not help.
        assertThat(service.get("/actuator/health/readiness").status()).isEqualTo(503);
        assertThat(service.get("/actuator/health/readiness").body()).contains("elasticsearch");
        assertThat(service.get("/actuator/health/liveness").status()).isEqualTo(200);

        proxy.restore();
        await("report indexed after recovery", Duration.ofSeconds(60),
                () -> service.get("/api/search", "q", "光伏产业").status() == 200
                        && ids(service.search("q", "光伏产业")).contains(during.reportId()));
        await("offset committed after recovery", Duration.ofSeconds(60), () -> service.committedOffset() == offset + 1);
        await("ready again", Duration.ofSeconds(30), () -> service.get("/actuator/health/readiness").status() == 200);
        assertThat(service.readAll(service.deadLetterTopic)).isEmpty();
    }
}
