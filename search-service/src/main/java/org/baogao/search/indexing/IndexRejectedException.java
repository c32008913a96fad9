package org.baogao.search.indexing;

/** Elasticsearch refused a document for what it contains; the record goes to the dead-letter topic. */
public class IndexRejectedException extends RuntimeException {
    public IndexRejectedException(String reason) {
        super(reason);
    }
}
