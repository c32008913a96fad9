package org.baogao.targets.distribution;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SubjectListTest {

    @Test
    void cityAndCountrysideSplitByTail() {
        assertThat(SubjectList.split("城、乡居民人均可支配收入", 2, false))
                .containsExactly("城居民人均可支配收入", "乡居民人均可支配收入");
    }

    @Test
    void chengxiangPrefixExpandsForTwoValues() {
        assertThat(SubjectList.split("城乡居民人均可支配收入", 2, false))
                .containsExactly("城镇居民人均可支配收入", "农村居民人均可支配收入");
    }

    @Test
    void sharedPrefixCompletesSecondItem() {
        assertThat(SubjectList.split("城镇调查失业率和登记失业率", 1, false))
                .containsExactly("城镇调查失业率", "城镇登记失业率");
    }

    @Test
    void listOfKnownIndicatorsSharesOneValue() {
        assertThat(SubjectList.split("地区生产总值、一般公共预算收入、社会消费品零售总额", 1, true))
                .containsExactly("地区生产总值", "一般公共预算收入", "社会消费品零售总额");
    }

    @Test
    void sharedHeadNounIsAppended() {
        assertThat(SubjectList.split("高技术制造业、装备制造业增加值", 2, false))
                .containsExactly("高技术制造业增加值", "装备制造业增加值");
    }

    @Test
    void pairsOnPausesBeforeJoins() {
        assertThat(SubjectList.split("信息传输软件和信息技术服务业、租赁和商务服务业增加值", 2, false))
                .containsExactly("信息传输软件和信息技术服务业增加值", "租赁和商务服务业增加值");
    }

    @Test
    void joinInsideOneNameIsNotAList() {
        assertThat(SubjectList.split("研究与试验发展经费投入强度", 1, false)).containsExactly("研究与试验发展经费投入强度");
    }

    @Test
    void unknownListWithOneValueStaysWholeUnlessSaidShared() {
        assertThat(SubjectList.split("智能工厂、智能车间", 1, false)).containsExactly("智能工厂、智能车间");
        assertThat(SubjectList.split("智能工厂、智能车间", 1, true)).containsExactly("智能工厂", "智能车间");
    }

    @Test
    void countMismatchKeepsTheSubject() {
        assertThat(SubjectList.split("甲指标、乙指标、丙指标", 2, false)).containsExactly("甲指标、乙指标、丙指标");
    }
}
