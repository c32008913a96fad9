package org.baogao.search.regions;

import org.baogao.analysis.region.Divisions;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RegionTreeTest {
    private final RegionTree tree = new RegionTree(Divisions.snapshot());
    private final Map<String, Long> counts = Map.of("320000", 4L, "320400", 3L, "320404", 1L, "320412", 1L, "330000", 0L);

    @Test
    void typingPartOfANameFindsTheCityWithItsDistricts() {
        List<RegionTree.Match> matches = tree.find("常州", counts, 10);
        RegionTree.Match first = matches.get(0);
        assertThat(first.region().name()).isEqualTo("常州市");
        assertThat(first.region().reports()).isEqualTo(3);
        assertThat(first.path()).extracting(RegionTree.Node::name).containsExactly("江苏省");
        assertThat(first.region().children()).extracting(RegionTree.Node::name)
                .contains("天宁区", "钟楼区", "新北区", "武进区", "金坛区", "溧阳市");
        assertThat(first.region().children()).filteredOn(n -> n.name().equals("钟楼区"))
                .extracting(RegionTree.Node::reports).containsExactly(1L);
    }

    @Test
    void traditionalCharactersAndCodesFindTheSameDivision() {
        assertThat(tree.find("鐘樓", counts, 5).get(0).region().name()).isEqualTo("钟楼区");
        assertThat(tree.find("320404", counts, 5).get(0).region().name()).isEqualTo("钟楼区");
    }

    @Test
    void exactNamesComeFirstThenLargerDivisions() {
        List<String> names = tree.find("苏州", counts, 5).stream().map(m -> m.region().name()).toList();
        assertThat(names.get(0)).isEqualTo("苏州市");
    }

    @Test
    void theTreeWithReportsOnlyKeepsTheBranchesThatHaveReports() {
        List<RegionTree.Node> provinces = tree.tree(counts, true);
        assertThat(provinces).extracting(RegionTree.Node::name).containsExactly("江苏省");
        RegionTree.Node changzhou = provinces.get(0).children().get(0);
        assertThat(changzhou.name()).isEqualTo("常州市");
        assertThat(changzhou.children()).extracting(RegionTree.Node::name).containsExactly("钟楼区", "武进区");
        assertThat(tree.tree(counts, false)).hasSize(31);
    }
}
