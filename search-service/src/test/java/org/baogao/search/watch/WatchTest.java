package org.baogao.search.watch;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.baogao.contracts.ContractJson;
import org.baogao.contracts.ReportStatus;
import org.baogao.search.web.BadRequestException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WatchTest {
    private static final Instant NOW = Instant.parse("2026-11-26T00:00:00Z");

    @Test
    void aTargetWatchIsNormalizedAndNamedAfterItsConditions() {
        Watch asked = new Watch(null, null, null, "江蘇省", "province", null, null,
                new Watch.TargetCondition("GDP", "target", 6.0, null), null);
        Watch saved = Watch.create(asked, "w1", NOW, 200);
        assertThat(saved.id()).isEqualTo("w1");
        assertThat(saved.createdAt()).isEqualTo(NOW);
        assertThat(saved.region()).isEqualTo("江苏省");
        assertThat(saved.target().code()).isEqualTo("gdp");
        assertThat(saved.name()).isEqualTo("地区=江苏省 · 级别=province · 指标=gdp target ≥ 6");
    }

    @Test
    void aWatchNeedsAConditionAndValidValues() {
        assertThatThrownBy(() -> Watch.create(new Watch(null, "x", " ", null, null, null, null, null, null), "w", NOW, 200))
                .isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> Watch.create(new Watch(null, null, null, null, null, null, null,
                new Watch.TargetCondition("gdp", "wish", null, null), null), "w", NOW, 200)).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> Watch.create(new Watch(null, null, null, null, null, null, null,
                new Watch.TargetCondition(null, null, null, null), null), "w", NOW, 200)).isInstanceOf(BadRequestException.class);
        assertThat(Watch.create(new Watch(null, "新能源", "新能源", null, null, null, null, null, null), "w", NOW, 200).q())
                .isEqualTo("新能源");
    }

    @Test
    void onlyReportsTheSearchStageIndexedAreLookedAt() {
        List<ConsumerRecord<String, byte[]>> records = List.of(
                record(0, new ReportStatus("a", ReportStatus.State.INDEXED, ReportStatus.STAGE_SEARCH, "a.txt", null, NOW)),
                record(1, new ReportStatus("b", ReportStatus.State.ENRICHED, ReportStatus.STAGE_EXTRACT, "b.txt", null, NOW)),
                record(2, new ReportStatus("c", ReportStatus.State.FAILED, ReportStatus.STAGE_SEARCH, "c.txt", "x", NOW)),
                new ConsumerRecord<>("s", 0, 3, "k", "not json".getBytes(StandardCharsets.UTF_8)),
                record(4, new ReportStatus("a", ReportStatus.State.INDEXED, ReportStatus.STAGE_SEARCH, "a.txt", null, NOW.plusSeconds(5))));
        assertThat(AlertListener.indexed(records)).containsExactly(java.util.Map.entry("a", NOW.plusSeconds(5)));
    }

    private static ConsumerRecord<String, byte[]> record(long offset, ReportStatus status) {
        return new ConsumerRecord<>("s", 0, offset, status.key(), ContractJson.toBytes(status));
    }
}
