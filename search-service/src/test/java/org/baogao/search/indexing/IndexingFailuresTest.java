package org.baogao.search.indexing;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorCause;
import co.elastic.clients.elasticsearch._types.ErrorResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.ConnectException;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;

class IndexingFailuresTest {

    @ParameterizedTest
    @CsvSource({
            "400, document_parsing_exception, DEAD_LETTER",
            "400, mapper_parsing_exception, DEAD_LETTER",
            "400, illegal_argument_exception, DEAD_LETTER",
            "400, strict_dynamic_mapping_exception, DEAD_LETTER",
            "413, , DEAD_LETTER",
            "429, es_rejected_execution_exception, RETRY",
            "429, cluster_block_exception, RETRY",
            "500, , RETRY",
            "503, unavailable_shards_exception, RETRY",
            "404, index_not_found_exception, FAIL",
            "403, security_exception, FAIL",
            "409, version_conflict_engine_exception, FAIL",
            "400, some_new_exception, FAIL"})
    void itemFailures(int status, String type, FailureDecision expected) {
        assertThat(IndexingFailures.ofItem(status, type)).isEqualTo(expected);
    }

    @Test
    void connectionFailuresOfAWholeRequestAreRetried() {
        assertThat(IndexingFailures.ofRequest(new CompletionException(new ConnectException("Connection refused"))))
                .isEqualTo(FailureDecision.RETRY);
    }

    @Test
    void overloadOfAWholeRequestIsRetriedButNoPermissionStops() {
        assertThat(IndexingFailures.ofRequest(es(429))).isEqualTo(FailureDecision.RETRY);
        assertThat(IndexingFailures.ofRequest(es(502))).isEqualTo(FailureDecision.RETRY);
        assertThat(IndexingFailures.ofRequest(es(403))).isEqualTo(FailureDecision.FAIL);
    }

    @Test
    void aProgrammingErrorStops() {
        assertThat(IndexingFailures.ofRequest(new NullPointerException())).isEqualTo(FailureDecision.FAIL);
    }

    private static ElasticsearchException es(int status) {
        return new ElasticsearchException("bulk", ErrorResponse.of(e -> e.status(status)
                .error(ErrorCause.of(c -> c.type("x").reason("y")))));
    }
}
