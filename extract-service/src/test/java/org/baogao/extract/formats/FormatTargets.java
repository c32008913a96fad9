package org.baogao.extract.formats;

import org.baogao.contracts.EnrichedReport;
import org.baogao.contracts.RawReport;
import org.baogao.contracts.Target;
import org.baogao.extract.pipeline.ReportPipeline;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What the format tests compare: a report's targets without the offsets and clause text, which layout moves. */
final class FormatTargets {
    private FormatTargets() {
    }

    static EnrichedReport enrich(ReportPipeline pipeline, String name, byte[] bytes) {
        return pipeline.enrich(RawReport.of(name, null, bytes, Instant.parse("2026-01-01T00:00:00Z"), Map.of()));
    }

    static List<String> of(EnrichedReport report) {
        return report.targets().stream().map(FormatTargets::key).sorted().toList();
    }

    static String key(Target t) {
        return String.join("|", t.indicator(), String.valueOf(t.code()), t.kind(), String.valueOf(t.value()),
                String.valueOf(t.min()), String.valueOf(t.max()), String.valueOf(t.unit()), String.valueOf(t.comparator()),
                String.valueOf(t.year()), String.valueOf(t.period()));
    }
}
