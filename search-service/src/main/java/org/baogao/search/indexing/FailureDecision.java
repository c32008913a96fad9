package org.baogao.search.indexing;

/** What the indexer does with a record Elasticsearch did not take. */
public enum FailureDecision {
    /** Transient (overload, node down, timeout): send again after a back-off; the offset waits. */
    RETRY,
    /** The document itself is wrong for the index: dead-letter it, then its offset may be committed. */
    DEAD_LETTER,
    /** Neither the record's fault nor passing (no permission, alias gone): stop consuming, commit nothing. */
    FAIL
}
