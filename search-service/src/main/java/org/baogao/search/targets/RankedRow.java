package org.baogao.search.targets;

/**
 * A target row with the value it is sorted by in the requested {@link TargetOrder}: a {@code Double} for numeric
 * keys, a {@code String} for the region code, null where the row has no such value.
 */
record RankedRow(TargetRow row, Object key) {

    String reportId() {
        return row.reportId();
    }

    int position() {
        return row.position();
    }
}
