package org.baogao.cleaning.junk;

import org.baogao.cleaning.edit.CleaningStage;
import org.baogao.cleaning.edit.EditableText;
import org.baogao.cleaning.model.CharModel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InjectedJunkRemovalTest {
    private static final InjectedJunkRemoval STAGE = new InjectedJunkRemoval(CharModel.standard());

    private static EditableText run(String text) {
        return CleaningStage.runAlone(STAGE, text);
    }

    @Test
    void removesRandomCharactersThatSplitAWord() {
        assertThat(run("要扎帽碟馁实推进乡村振兴战略，加快农业农村现代化。").text())
                .isEqualTo("要扎实推进乡村振兴战略，加快农业农村现代化。");
        assertThat(run("争创国家级生态文明建设示乒蝎葫范区。").text())
                .isEqualTo("争创国家级生态文明建设示范区。");
    }

    @Test
    void recordsWhatWasRemoved() {
        EditableText t = run("持续深化省级安全发展示魔保量范城市创建工作。");
        assertThat(t.text()).isEqualTo("持续深化省级安全发展示范城市创建工作。");
        assertThat(t.repairs()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(InjectedJunkRemoval.KIND);
            assertThat(r.before()).isEqualTo("魔保量");
            assertThat(r.rawStart()).isEqualTo(11);
        });
    }

    @Test
    void keepsRareNamesAndLocalWords() {
        for (String text : new String[]{
                "董浜镇党委书记朱晓峰说，将聚力聚焦美图美业。",
                "加快建设新孟河生态廊道，推进滆湖生态修复。",
                "常熟高新区党工委副书记芮卫国说，要坚持把项目作为主抓手。",
                "完善聚才留人机制，加大战略性新兴产业人才引进力度。",
                "推进点状、块状更新向片区更新升级。",
                "扛好建设“苏州·中国声谷”大旗，加快引进龙头型产业项目。",
                "加速绘就“六美集大美”精彩画卷，建设更高品质的“江南福地”。"}) {
            EditableText t = run(text);
            assertThat(t.text()).as(text).isEqualTo(text);
            assertThat(t.repairs()).as(text).isEmpty();
        }
    }

    @Test
    void onlyFlagsTwoCharacterRunsAndNames() {
        EditableText shortRun = run("加快矿产资源国内勘探开发和增储上产。");
        assertThat(shortRun.text()).isEqualTo("加快矿产资源国内勘探开发和增储上产。");
        EditableText name = run("坚决反对以李登辉为代表的分裂势力。");
        assertThat(name.text()).isEqualTo("坚决反对以李登辉为代表的分裂势力。");
        assertThat(name.repairs()).isEmpty();
    }

    @Test
    void flagsButKeepsAnUncheckableFragmentAfterTheLastSentence() {
        EditableText t = run("推动应急管理体系现代化建设再上新台阶。织汤\n下一段。");
        assertThat(t.text()).contains("织汤");
        assertThat(t.flags()).singleElement().satisfies(f -> assertThat(f.kind()).isEqualTo(InjectedJunkRemoval.SUSPECTED));
        assertThat(t.unreliableSpans()).hasSize(1);
    }
}
