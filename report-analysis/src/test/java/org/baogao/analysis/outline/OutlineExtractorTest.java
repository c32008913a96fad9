package org.baogao.analysis.outline;

import org.baogao.contracts.Section;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OutlineExtractorTest {
    private final OutlineExtractor extractor = new OutlineExtractor();

    @Test
    void nestedNumberingGetsLevelsInTheOrderTheDocumentUsesThem() {
        String text = """
                各位代表：
                一、2022年工作回顾
                过去一年，全省经济稳中向好。
                二、2023年主要任务
                （一）着力扩大有效需求。
                1.扩大有效投资。实施省重点项目500个以上，完成投资1.5万亿元。
                2.促进消费回暖。办好各类促消费活动。
                （二）加快建设现代化产业体系
                深入实施制造强省战略。
                三、加强政府自身建设
                """;
        List<Section> sections = extractor.extract(text);
        assertThat(sections).extracting(Section::title).containsExactly("2022年工作回顾", "2023年主要任务",
                "着力扩大有效需求", "扩大有效投资", "促进消费回暖", "加快建设现代化产业体系", "加强政府自身建设");
        assertThat(sections).extracting(Section::level).containsExactly(1, 1, 2, 3, 3, 2, 1);
        Section tasks = sections.get(1);
        assertThat(tasks.start()).isEqualTo(text.indexOf("二、"));
        assertThat(tasks.end()).isEqualTo(text.indexOf("三、"));
        assertThat(sections.get(3).end()).isEqualTo(text.indexOf("2.促进"));
        assertThat(sections.get(6).end()).isEqualTo(text.length());
    }

    @Test
    void outlineStartingAtParenthesizedNumbersHasThemAtLevelOne() {
        String text = "(一)全力抓好转型升级,持续推进产业发展高质量\n实现高质量发展,产业升级是基础。\n1.狠抓重大项目突破。既瞄准产业链中高端,努力招引项目。\n(二)全力抓好创新驱动\n";
        List<Section> sections = extractor.extract(text);
        assertThat(sections).extracting(Section::title)
                .containsExactly("全力抓好转型升级,持续推进产业发展高质量", "狠抓重大项目突破", "全力抓好创新驱动");
        assertThat(sections).extracting(Section::level).containsExactly(1, 2, 1);
    }

    @Test
    void decimalNumbersAreNotHeadings() {
        assertThat(extractor.extract("1.5万亿元的投资已经完成，同比增长。\n2.3%的增速高于全国。\n")).isEmpty();
    }

    @Test
    void parallelLeadSentencesAreHeadings() {
        String text = """
                明年要重点抓好四个方面工作。
                聚力产业发展，迈向更高质量。牢牢把握高质量发展这个首要任务，加快构建现代化产业体系。
                聚力科技创新，锻造更硬内核。以打造产业科技创新中心为目标，加大研发投入。
                聚力改革开放，激发更强活力。统筹推进深层次改革和高水平开放。
                聚力民生福祉，创造更美生活。坚持以人民为中心的发展思想。
                """;
        List<Section> sections = extractor.extract(text);
        assertThat(sections).extracting(Section::title).containsExactly("聚力产业发展，迈向更高质量",
                "聚力科技创新，锻造更硬内核", "聚力改革开放，激发更强活力", "聚力民生福祉，创造更美生活");
        assertThat(sections).allMatch(s -> s.level() == 1);
    }

    @Test
    void newspaperHeadlinesAboveParallelSubheads() {
        String text = """
                做好岁末工作 冲刺年度目标
                本报讯（记者 张三）昨天，县委全会召开。
                明年工作在三个方面争先奋进
                □ 记者 李四
                在打造创新热土上争先奋进。要坚持创新驱动，深化对外开放。
                在建设智造强县上争先奋进。深入贯彻行动计划精神，坚持扎根实业。
                在提升民生福祉上争先奋进。按照当前可承受、未来可持续的要求推进。
                """;
        List<Section> sections = extractor.extract(text);
        assertThat(sections).extracting(Section::title).containsExactly("明年工作在三个方面争先奋进",
                "在打造创新热土上争先奋进", "在建设智造强县上争先奋进", "在提升民生福祉上争先奋进");
        assertThat(sections).extracting(Section::level).containsExactly(1, 2, 2, 2);
    }

    @Test
    void ordinalsAtLineStart() {
        String text = "第一，坚持稳中求进。要保持经济运行在合理区间。\n第二，坚持改革开放。要激发市场活力。\n";
        assertThat(extractor.extract(text)).extracting(Section::title).containsExactly("坚持稳中求进", "坚持改革开放");
    }

    @Test
    void levelsFollowNestingNotAFixedOrder() {
        String text = """
                一、2023年工作回顾
                一是加大宏观调控力度，推动经济运行持续好转。全年国内生产总值增长5.2%。
                二是依靠创新引领产业升级，增强发展新动能。新兴产业加快发展。
                各位代表！
                二、2024年政府工作任务
                （一）大力推进现代化产业体系建设。
                推动产业链供应链优化升级。实施制造业重点产业链高质量发展行动。
                """;
        List<Section> sections = extractor.extract(text);
        assertThat(sections).extracting(Section::title).containsExactly("2023年工作回顾",
                "加大宏观调控力度，推动经济运行持续好转", "依靠创新引领产业升级，增强发展新动能", "2024年政府工作任务",
                "大力推进现代化产业体系建设");
        assertThat(sections).extracting(Section::level).containsExactly(1, 2, 2, 1, 2);
    }
}
