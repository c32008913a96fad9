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
}
