package org.baogao.search.indexing;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Which record is the newest write of each report id. Bulk requests go out one at a time, so writes reach
 * Elasticsearch in topic order, except a retried write: it could land after a newer record of the same report
 * (re-extracted, same bytes, newer extractor) and bring back the older version. A retry asks
 * {@link #isSuperseded} first and is dropped when a newer record of that report was submitted meanwhile; its
 * offset may then be completed, because the newer record's offset is greater and still held by the tracker.
 *
 * <p>Keys are partition-qualified report ids: report ids are the input topic's keys, so all records of one
 * report are in one partition, and offsets are comparable only within a partition.
 */
public final class NewestWrites {
    private final ConcurrentHashMap<String, Long> newest = new ConcurrentHashMap<>();

    /** A record of report {@code key} at {@code offset} is being submitted. */
    public void submitted(String key, long offset) {
        newest.merge(key, offset, Math::max);
    }

    /** A newer record of the same report was submitted after this one. */
    public boolean isSuperseded(String key, long offset) {
        Long latest = newest.get(key);
        return latest != null && latest > offset;
    }

    /** The record's outcome is final; forget it unless a newer one is under way. */
    public void finished(String key, long offset) {
        newest.remove(key, offset);
    }

    int size() {
        return newest.size();
    }
}
