package org.baogao.analysis.region;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DivisionsTest {
    private final Divisions divisions = Divisions.snapshot();

    @Test
    void snapshotHoldsTheCountrysDivisionsWithLevelsAndParents() {
        assertThat(divisions.all()).hasSizeGreaterThan(3000);
        assertThat(divisions.byCode("320404")).isEqualTo(new Division("320404", "钟楼区", "district", "320400"));
        assertThat(divisions.byCode("320581").level()).isEqualTo("county");
        assertThat(divisions.parent(divisions.byCode("320581")).name()).isEqualTo("苏州市");
        // Municipality districts hang directly under the municipality.
        assertThat(divisions.parent(divisions.byCode("110105")).name()).isEqualTo("北京市");
        assertThat(divisions.named("鼓楼区")).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void shortNamesDropTheTypeWord() {
        assertThat(Divisions.shortName(divisions.byCode("320400"))).isEqualTo("常州");
        assertThat(Divisions.shortName(divisions.byCode("450000"))).isEqualTo("广西");
        assertThat(Divisions.shortName(divisions.byCode("222400"))).isEqualTo("延边");
        assertThat(Divisions.shortName(divisions.byCode("429021"))).isEqualTo("神农架");
    }

    @Test
    void findsLongestNamesWithoutOverlap() {
        var found = divisions.find("常州市武进区和常州的钟楼区");
        assertThat(found).extracting(Divisions.Mention::name).containsExactly("常州市", "武进区", "常州", "钟楼区");
    }

    @Test
    void anAutonomousPrefectureGoesByItsShortNameAndZhou() {
        var found = divisions.find("昌吉州地区生产总值");
        assertThat(found).extracting(Divisions.Mention::name).containsExactly("昌吉州");
        assertThat(found.get(0).uses()).extracting(u -> u.division().name()).containsExactly("昌吉回族自治州");
    }

    @Test
    void everydayWordsAreNotShortNames() {
        // 龙城区 (Liaoning) would be 龙城, a common epithet; 合作市 would be 合作.
        assertThat(divisions.find("龙城英才计划推动合作共赢")).isEmpty();
    }
}
