package org.baogao.analysis.title;

import org.baogao.analysis.doctype.DocTypeClassifier;
import org.baogao.analysis.region.RegionResolver;
import org.baogao.contracts.Region;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TitleChooserTest {
    private final TitleChooser chooser = new TitleChooser();

    @Test
    void statedMetadataTitleFirst() {
        assertThat(chooser.stated("2021年市政府重点工作", "今年是……")).isEqualTo("2021年市政府重点工作");
    }

    @Test
    void firstLineWhenItReadsAsAHeadline() {
        assertThat(chooser.stated(null, "\u200b\n加速绘就“六美集大美”精彩画卷\n常熟日报讯（记者 张三）……"))
                .isEqualTo("加速绘就“六美集大美”精彩画卷");
        assertThat(chooser.stated(null, "各位代表：\n现在，我代表市人民政府向大会报告工作。")).isNull();
        assertThat(chooser.stated(null, "今年政府工作的总体思路是：以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神。"))
                .isNull();
    }

    @Test
    void generatedFromRegionYearAndKindOtherwise() {
        Region hangzhou = new Region("杭州市", "city", "浙江省", "330100");
        assertThat(chooser.choose(null, hangzhou, 2024, DocTypeClassifier.GOVERNMENT_WORK_REPORT, "x.txt"))
                .isEqualTo("杭州市2024年政府工作报告");
        assertThat(chooser.choose(null, RegionResolver.NATIONAL, 2025, DocTypeClassifier.GOVERNMENT_WORK_REPORT, "x.txt"))
                .isEqualTo("国务院2025年政府工作报告");
        assertThat(chooser.choose(null, null, null, null, "x.txt")).isEqualTo("x.txt");
        assertThat(chooser.choose("已有标题", hangzhou, 2024, DocTypeClassifier.NEWS, "x.txt")).isEqualTo("已有标题");
    }

    @Test
    void genericStatedTitleGetsWhoseAndWhen() {
        Region shaoxing = new Region("绍兴市", "city", "浙江省", "330600");
        assertThat(chooser.choose("政府工作报告", shaoxing, 2024, DocTypeClassifier.GOVERNMENT_WORK_REPORT, "x.txt"))
                .isEqualTo("绍兴市2024年政府工作报告");
        assertThat(chooser.choose("市政府工作报告", shaoxing, 2024, DocTypeClassifier.GOVERNMENT_WORK_REPORT, "x.txt"))
                .isEqualTo("绍兴市2024年政府工作报告");
        assertThat(chooser.choose("政府工作报告", shaoxing, null, DocTypeClassifier.GOVERNMENT_WORK_REPORT, "x.txt"))
                .isEqualTo("政府工作报告");
    }

    @Test
    void pageFurnitureBeforeTheHeadlineIsPassedOver() {
        assertThat(chooser.stated(null, "下载\n打印\n全屏\n收藏\n【字号：\n加大\n】\n2026年新疆维吾尔自治区政府工作报告\n"
                + "——2026年1月27日在新疆维吾尔自治区第十四届人民代表大会第四次会议上\n来源：新疆日报\n各位代表：\n现在，我代表……"))
                .isEqualTo("2026年新疆维吾尔自治区政府工作报告");
        assertThat(chooser.stated(null, "宜宾市人民政府网站　　政务公开　　政府工作报告\n字体：[大] [中] [小]　　打印\n"
                + "2023年宜宾市政府工作报告\n发布日期：2023-01-12\n")).isEqualTo("2023年宜宾市政府工作报告");
        assertThat(chooser.stated(null, "青海日报　2022年1月19日\n\n省十三届人大七次会议在西宁隆重开幕\n省长作政府工作报告\n本报讯（记者 周建萍）……"))
                .isEqualTo("省十三届人大七次会议在西宁隆重开幕");
        assertThat(chooser.stated(null, "您的位置:\n首页\n>\n云南要闻\n2026年政府工作报告\n来源：云南日报\n"))
                .isEqualTo("2026年政府工作报告");
    }

    @Test
    void captionsBylinesAndOutlineHeadingsAreNotTitles() {
        assertThat(chooser.stated(null, "1月27日，代表自治区人民政府向大会作政府工作报告。记者谢龙摄\n各位代表：")).isNull();
        assertThat(chooser.stated(null, "责任编辑：韦丽娟　　美术编辑：黄宁\n一、2008年工作回顾\n2008年是极不平凡的一年。")).isNull();
    }

    @Test
    void aYearAndAKindAloneGetWhose() {
        Region yunnan = new Region("云南省", "province", null, "530000");
        assertThat(chooser.choose("2026年政府工作报告", yunnan, 2026, DocTypeClassifier.GOVERNMENT_WORK_REPORT, "x.txt"))
                .isEqualTo("云南省2026年政府工作报告");
    }
}
