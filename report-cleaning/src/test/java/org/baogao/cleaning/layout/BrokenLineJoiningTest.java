package org.baogao.cleaning.layout;

import org.baogao.cleaning.edit.CleaningStage;
import org.baogao.cleaning.edit.EditableText;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BrokenLineJoiningTest {
    private final BrokenLineJoining stage = new BrokenLineJoining();

    private String clean(String text) {
        return CleaningStage.runAlone(stage, text).text();
    }

    @Test
    void joinsASentenceBrokenAcrossABlankLine() {
        assertThat(clean("要有效维护社会稳定。确保生产安全，聚焦危险化学品、烟\n\n花爆竹、交通运输等领域。"))
                .isEqualTo("要有效维护社会稳定。确保生产安全，聚焦危险化学品、烟花爆竹、交通运输等领域。");
        assertThat(clean("要统筹做好岁末工作。冲刺\n\n年度目标任务，做好查漏补缺。"))
                .isEqualTo("要统筹做好岁末工作。冲刺年度目标任务，做好查漏补缺。");
    }

    @Test
    void joinsAWrappedLineAfterAComma() {
        assertThat(clean("全面推进乡村振兴，持续巩固拓展脱贫攻坚成果同乡村振兴有效衔接，加快农业农村现代化，\n建设宜居宜业和美乡村。"))
                .isEqualTo("全面推进乡村振兴，持续巩固拓展脱贫攻坚成果同乡村振兴有效衔接，加快农业农村现代化，建设宜居宜业和美乡村。");
    }

    @Test
    void joinsALineBreakBeforeClosingPunctuation() {
        assertThat(clean("根据《\n建议\n》精神，国务院制定了纲要。"))
                .isEqualTo("根据《建议》精神，国务院制定了纲要。");
    }

    @Test
    void keepsParagraphBreaksAfterSentenceEnds() {
        String text = "过去一年成绩来之不易。\n\n今年工作的总体要求是：坚持稳中求进。";
        assertThat(clean(text)).isEqualTo(text);
    }

    @Test
    void keepsHeadingsOnTheirOwnLine() {
        String text = "（一）全力抓好转型升级，持续推进产业发展高质量\n实现高质量发展，产业升级是基础。";
        assertThat(clean(text)).isEqualTo(text);
        String title = "做好岁末工作 冲刺年度目标\n\n昨天，在区委全会上，代理区长部署岁末年初工作。";
        assertThat(clean(title)).isEqualTo(title);
        String part = "一、2024年工作回顾\n过去一年，我国发展历程很不平凡。";
        assertThat(clean(part)).isEqualTo(part);
    }

    @Test
    void anAmountOpeningTheNextLineFinishesThePredicateBeforeIt() {
        assertThat(clean("今年经济社会发展主要预期目标是:地区生产总值增长\n5%左右,社会消费品零售总额增长5%左右"))
                .isEqualTo("今年经济社会发展主要预期目标是:地区生产总值增长5%左右,社会消费品零售总额增长5%左右");
        assertThat(clean("新建改造城市燃气管网\n300公里。")).isEqualTo("新建改造城市燃气管网300公里。");
        // a date or a list number opens a paragraph of its own
        String dated = "各位代表\n2026年是十五五开局之年。";
        assertThat(clean(dated)).isEqualTo(dated);
        String listed = "主要任务\n1.着力扩大有效投资";
        assertThat(clean(listed)).isEqualTo(listed);
    }

    @Test
    void rowsOfATableLaidOutInTextStayRows() {
        String table = "序号   指标   单位   2022年完成   2023年目标\n1   地区生产总值增长   %   3.5   6左右\n"
                + "2   一般公共预算收入增长   %   -8.1   5\n3\t城镇新增就业\t万人\t1.02\t1.05";
        assertThat(clean(table)).isEqualTo(table);
    }

    @Test
    void keepsListItemsAndHeaderFieldsApart() {
        String list = "今年要重点抓好以下几个方面的工作，确保全年目标任务圆满完成，为开好局起好步奠定坚实基础\n1.着力扩大有效投资\n2.着力稳定外贸外资";
        assertThat(clean(list)).isEqualTo(list);
        String header = "发布机构:常州市人民政府\n生成日期:2021-01-18";
        assertThat(clean(header)).isEqualTo(header);
        // a labelled sentence goes on past its comma
        assertThat(clean("经济:地区生产总值增长6.5%以上,规模以上工业增加值\n增长8%,固定资产投资增长6%。"))
                .isEqualTo("经济:地区生产总值增长6.5%以上,规模以上工业增加值增长8%,固定资产投资增长6%。");
    }

    @Test
    void recordsTheJoin() {
        EditableText t = CleaningStage.runAlone(stage, "加强平安建设，妥善化解影响经济社会发展的社会矛\n\n盾，确保社会和谐稳定。");
        assertThat(t.text()).contains("社会矛盾");
        assertThat(t.repairs()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(BrokenLineJoining.KIND);
            assertThat(r.before()).isEqualTo("\n\n");
        });
    }

    @Test
    void joinsANumberAndTheCharactersThatContinueItOnTheNextLine() {
        assertThat(clean("新建、改扩建星鑫家园幼儿园等10所学校，钟楼外国语等2\n所学校建成投用，创建省级义务教育优质均衡发展区。"))
                .isEqualTo("新建、改扩建星鑫家园幼儿园等10所学校，钟楼外国语等2所学校建成投用，创建省级义务教育优质均衡发展区。");
        assertThat(clean("今年全区经济社会发展的主要预期目标是，地区生产总值增长6\n%左右，一般公共预算收入增长7%左右。"))
                .isEqualTo("今年全区经济社会发展的主要预期目标是，地区生产总值增长6%左右，一般公共预算收入增长7%左右。");
    }

    @Test
    void keepsTwoNumbersOnTwoLinesApart() {
        String text = "今年全区经济社会发展的主要预期目标是：地区生产总值增长，全年目标值为2024\n2025年目标另行下达。";
        assertThat(clean(text)).isEqualTo(text);
    }

    @Test
    void inALaidOutTextAWrappedNumberedParagraphIsJoinedAndShortHeadingsStay() {
        String laidOut = """
                2.全力推进工业升级。持续推进塑造高质量工业明星城市行动
                方案，打造钟楼工业升级版，构建实体经济与智能制造、服务
                型制造、绿色制造一体多翼发展格局，推动主导产业集聚发展
                壮大，加快培育新兴产业，提升产业链供应链现代化水平。
                （二）全力抓好创新驱动
                实现高质量发展，改革创新是动力。我们要坚持强化创新、深
                化改革，扩大开放，提质量，增效益，展形象，全面提升区域
                发展核心竞争力，加快建设创新型城区，打造开放合作新高地。
                3.深入推进产业协同。推进先进制造业和现代服务业深度融合
                试点工作，加快实现从生产制造向研发设计和营销服务两端延
                伸，推动生产性服务业向专业化和价值链高端延伸，做强总部。
                """;
        assertThat(clean(laidOut)).isEqualTo("""
                2.全力推进工业升级。持续推进塑造高质量工业明星城市行动方案，打造钟楼工业升级版，构建实体经济与智能制造、服务型制造、绿色制造一体多翼发展格局，推动主导产业集聚发展壮大，加快培育新兴产业，提升产业链供应链现代化水平。
                （二）全力抓好创新驱动
                实现高质量发展，改革创新是动力。我们要坚持强化创新、深化改革，扩大开放，提质量，增效益，展形象，全面提升区域发展核心竞争力，加快建设创新型城区，打造开放合作新高地。
                3.深入推进产业协同。推进先进制造业和现代服务业深度融合试点工作，加快实现从生产制造向研发设计和营销服务两端延伸，推动生产性服务业向专业化和价值链高端延伸，做强总部。
                """);
    }

    @Test
    void inAPdfsTextABlankLineAfterEachParagraphsFirstLineIsLayout() {
        String pdf = """
                今年全盟经济社会发展的主要预期目标是：地区生产总值

                增长6.5%左右；一般公共预算收入增长6%；规模以上工业增
                加值增长8%左右；固定资产投资增长12%；社会消费品零售
                总额增长8%；城镇新增就业1.1万人，城镇登记失业率控制
                在4%以内；居民消费价格涨幅3%左右，能耗双控完成任务。
                （一）做大做强能源产业。原煤产量稳定在1.2亿吨左右，

                新增新能源装机容量500万千瓦，新能源装机总规模突破1100
                万千瓦，外送电量达到520亿千瓦时。推进风光储一体化项目
                （二）推动畜牧业高质量发展。牧业年度牲畜存栏稳定在

                1500万头只，肉类总产量达到33万吨，建设标准化养殖牧场
                300个，新增肉牛20万头。饲草种植面积达到120万亩。
                （三）扩大开放。二连浩特口岸货运量突破1700万吨，中

                欧班列过境2500列以上，外贸进出口总额增长10%。
                """;
        String cleaned = clean(pdf);
        assertThat(cleaned).contains("地区生产总值增长6.5%左右").contains("稳定在1500万头只").contains("中欧班列")
                .contains("\n（二）推动畜牧业高质量发展。");
    }

    @Test
    void joinsALatinWordHyphenatedAtTheLineEnd() {
        assertThat(clean("推进碳达峰碳中和，加强生态环境保护和 environ-\nmental governance 工作。"))
                .isEqualTo("推进碳达峰碳中和，加强生态环境保护和 environmental governance 工作。");
    }

    @Test
    void aParagraphBreakAfterASpeechDatelineStaysAmongShortListItems() {
        String text = """
                陕西省人民政府工作报告（节选）
                ——2007年1月26日在陕西省第十届人民代表大会第五次会议上

                2006年，全省生产总值达到4383亿元，比上年增长12.7%，是1997年以来增长最快的一年；地方财政一般预算收入完成362.4亿元。
                2007年全省经济社会发展的主要预期目标是：
                ●生产总值增长12%；
                ●地方财政一般预算收入增长16%；
                ●全社会固定资产投资增长25%；
                ●居民消费价格总水平涨幅控制在3%左右；
                ●城镇登记失业率控制在4.5%以内；
                ●人口自然增长率控制在5‰以内；
                ●单位生产总值能耗下降4%，主要污染物排放总量下降2%。
                """;
        assertThat(clean(text)).contains("会议上\n").contains("\n2006年，全省");
    }
}
