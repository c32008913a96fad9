package org.baogao.search.targets;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.baogao.search.targets.TargetComparisonTest.chosen;

class TargetChangesTest {

    private static TargetChanges changes(List<TargetComparison.Choice> chosen) {
        return TargetChanges.of(TargetComparison.of("gdp", "地区生产总值", "%", 2021, 2022, chosen), 2022, null);
    }

    @Test
    void eachRegionsTargetAgainstLastYearsTargetAndResult() {
        List<TargetComparison.Choice> rows = List.of(
                chosen("cz21", "常州市", 2021, "target", 2021, 7.0, "%"),
                chosen("cz22", "常州市", 2022, "achievement", 2021, 9.1, "%"),
                chosen("cz22", "常州市", 2022, "target", 2022, 7.5, "%"),
                chosen("zl21", "钟楼区", 2021, "target", 2021, 6.5, "%"),
                chosen("zl22", "钟楼区", 2022, "target", 2022, 6.0, "%"));
        TargetChanges changes = changes(rows);
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
        List<TargetComparison.Choice> rows = List.of(
                chosen("cz21", "常州市", 2021, "target", 2021, 7.0, "%"),
                chosen("cz22", "常州市", 2022, "target", 2022, 7.0, "%"),
                chosen("zl21", "钟楼区", 2021, "target", 2021, 6.5, "%"),
                chosen("wj22", "武进区", 2022, "target", 2022, 6.0, "%"));
        TargetChanges changes = changes(rows);
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
        List<TargetComparison.Choice> rows = List.of(
                chosen("cz21", "常州市", 2021, "target", 2021, 7.0, "%"),
                chosen("cz22", "常州市", 2022, "target", 2022, 7.5, "%"));
        String csv = TargetCsv.write(changes(rows), "http://h:1");
        String[] lines = csv.split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).startsWith("常州市,320400,gdp,地区生产总值,%,2022,7.5,2021,7,,0.5,raised,")
                .contains("http://h:1/#/report/cz22?at=");
    }
}
