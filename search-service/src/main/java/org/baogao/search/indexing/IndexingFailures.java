package org.baogao.search.indexing;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.transport.TransportException;

import java.io.IOException;
import java.util.Set;

/**
 * Sorts what Elasticsearch said about a document into {@link FailureDecision}s. The rules follow what a
 * status means: 429 and 5xx are load or a node going away, so retry; a 400 whose error type says the
 * document does not fit the mapping is the document's fault, so dead-letter; other 4xx (401/403/404 of a
 * missing alias) will not heal by retrying the same record and must not be hidden in the dead-letter topic
 * either, so the indexer stops and says why. Failures of a whole bulk request that carry no status
 * (connection refused, timeouts) are transient.
 */
public final class IndexingFailures {
    /** Error types of a per-document 400 that mean "this document does not fit", as Elasticsearch names them. */
    static final Set<String> DOCUMENT_ERRORS = Set.of(
            "document_parsing_exception",
            "mapper_parsing_exception",
            "strict_dynamic_mapping_exception",
            "illegal_argument_exception",
            "action_request_validation_exception",
            "x_content_parse_exception");

    /** A per-item failure of a bulk response. */
    public static FailureDecision ofItem(int status, String errorType) {
        if (status == 429 || status >= 500) {
            return FailureDecision.RETRY;
        }
        if (status == 400 && errorType != null && DOCUMENT_ERRORS.contains(errorType)) {
            return FailureDecision.DEAD_LETTER;
        }
        if (status == 413) {
            // One document larger than http.max_content_length: it will never fit.
            return FailureDecision.DEAD_LETTER;
        }
        return FailureDecision.FAIL;
    }

    /** A bulk request that failed as a whole. */
    public static FailureDecision ofRequest(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof ElasticsearchException es) {
            int status = es.status();
            if (status == 429 || status >= 500) {
                return FailureDecision.RETRY;
            }
            return FailureDecision.FAIL;
        }
        if (cause instanceof TransportException te) {
            int status = te.statusCode();
            return status == 401 || status == 403 ? FailureDecision.FAIL : FailureDecision.RETRY;
        }
        if (cause instanceof IOException) {
            return FailureDecision.RETRY;
        }
        return FailureDecision.FAIL;
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof java.util.concurrent.CompletionException || t instanceof java.util.concurrent.ExecutionException)
                && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private IndexingFailures() {
    }
}
