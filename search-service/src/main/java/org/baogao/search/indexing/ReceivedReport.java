package org.baogao.search.indexing;

import org.baogao.contracts.EnrichedReport;

/**
 * A record value as it came off {@code Topics.ENRICHED}: parsed, and the exact bytes kept so a dead-lettered
 * record carries the original value, not a re-serialization of what this version of the contract understood.
 */
public record ReceivedReport(EnrichedReport report, byte[] originalJson) {
}
