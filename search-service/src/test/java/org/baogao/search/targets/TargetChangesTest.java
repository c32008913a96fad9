package org.baogao.search.targets;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.baogao.search.targets.TargetComparisonTest.row;

class TargetChangesTest {

    @Test
    void eachRegionsTargetAgainstLastYearsTargetAndResult() {
        List<TargetRow> rows = List.of(
                row("cz21", "常州市", "gdp", 2021, "target", 2021, 7.0, "%"),
                row("cz22", "常州市", "gdp", 2022, "achievement", 2021, 9.1, "%"),
                row("cz22", "常州市", "gdp", 2022, "target", 2022, 7.5, "%"),
                row("zl21", "钟楼区", "gdp", 2021, "target", 2021, 6.5, "%"),
                row("zl22", "钟楼区", "gdp", 2022, "target", 2022, 6.0, "%"));
        TargetChanges changes = TargetChanges.of("gdp", null, 2022, rows);
        assertThat(changes.previousYear()).isEqualTo(2021);
        TargetChanges.RegionChange changzhou = changes.regions().get(0);
        assertThat(changzhou.region()).isEqualTo("常州市");
        assertThat(changzhou.target().value()).isEqualTo(7.5);
        assertThat(changzhou.previousTarget().value()).isEqualTo(7.0);
        assertThat(changzhou.previousAchievement().value()).isEqualTo(9.1);
        assertThat(changzhou.previousAchievement().reportId()).isEqualTo("cz22");
        assertThat(changzhou.difference()).isEqualTo(0.5);
        assertThat(changzhou.change()).isEqualTo(TargetChanges.Change.RAISED);
        assertThat(changzhou.target().link()).startsWith("/#/report/cz22?at=");
        assertThat(changes.regions().get(1).change()).isEqualTo(TargetChanges.Change.LOWERED);
        assertThat(changes.regions().get(1).difference()).isEqualTo(-0.5);
    }

    @Test
    void newDroppedAndUnchangedTargets() {
        List<TargetRow> rows = List.of(
                row("cz21", "常州市", "gdp", 2021, "target", 2021, 7.0, "%"),
                row("cz22", "常州市", "gdp", 2022, "target", 2022, 7.0, "%"),
                row("zl21", "钟楼区", "gdp", 2021, "target", 2021, 6.5, "%"),
                row("wj22", "武进区", "gdp", 2022, "target", 2022, 6.0, "%"));
        TargetChanges changes = TargetChanges.of("gdp", null, 2022, rows);
        assertThat(changes.regions()).extracting(r -> r.region() + ":" + r.change().value())
                .containsExactlyInAnyOrder("常州市:unchanged", "钟楼区:dropped", "武进区:new");
    }

    @Test
    void rangesCompareByTheirMiddle() {
        TargetComparison.Statement range = new TargetComparison.Statement(null, 6.0, 6.5, "range", "r", 2022, "t", null, null, null);
        TargetComparison.Statement single = new TargetComparison.Statement(6.0, null, null, "approx", "r", 2021, "t", null, null, null);
        assertThat(TargetChanges.difference(range, single)).isEqualTo(0.25);
    }

    @Test
    void csvHasOneLinePerRegionWithLinks() {
        List<TargetRow> rows = List.of(
                row("cz21", "常州市", "gdp", 2021, "target", 2021, 7.0, "%"),
                row("cz22", "常州市", "gdp", 2022, "target", 2022, 7.5, "%"));
        String csv = TargetCsv.write(TargetChanges.of("gdp", null, 2022, rows), "http://h:1");
        String[] lines = csv.split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).startsWith("常州市,320400,gdp,地区生产总值,%,2022,7.5,2021,7,,0.5,raised,")
                .contains("http://h:1/#/report/cz22?at=");
    }
}
