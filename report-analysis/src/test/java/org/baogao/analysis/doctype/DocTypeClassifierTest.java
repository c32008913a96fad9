package org.baogao.analysis.doctype;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DocTypeClassifierTest {
    private final DocTypeClassifier classifier = new DocTypeClassifier();

    @Test
    void titleDecidesFirst() {
        assertThat(classifier.classify("2024年杭州市政府工作报告", "")).isEqualTo(DocTypeClassifier.GOVERNMENT_WORK_REPORT);
        assertThat(classifier.classify("2021年市政府重点工作", "各位代表！今年政府工作的总体要求是"))
                .isEqualTo(DocTypeClassifier.KEY_TASKS);
        assertThat(classifier.classify("关于印发2023年政府工作报告重点任务分解方案的通知", ""))
                .isEqualTo(DocTypeClassifier.KEY_TASKS);
        assertThat(classifier.classify("区委十二届十次全会召开", "")).isEqualTo(DocTypeClassifier.PLENARY_SESSION);
    }

    @Test
    void workReportBody() {
        String text = "各位代表：现在，我代表市人民政府，向大会报告政府工作，请予审议。今年政府工作的总体要求是：……落实市委十二届九次全会精神。";
        assertThat(classifier.classify(null, text)).isEqualTo(DocTypeClassifier.GOVERNMENT_WORK_REPORT);
    }

    @Test
    void newspaperPageAboutAPlenumIsAPlenarySession() {
        String text = "本报讯（记者 王明）12月26日召开的市委十三届七次全会明确，明年要重点抓好八个方面工作。全会强调……";
        assertThat(classifier.classify(null, text)).isEqualTo(DocTypeClassifier.PLENARY_SESSION);
    }

    @Test
    void citedPlenumDoesNotMakeAPlenarySession() {
        String text = "本报讯（记者 李华）昨天，市政府召开常务会议，研究部署安全生产工作，认真落实省委十四届三次全会精神。";
        assertThat(classifier.classify(null, text)).isEqualTo(DocTypeClassifier.NEWS);
    }

    @Test
    void taskAllocationTable() {
        String text = "1.推进重大项目建设。责任单位：市发展改革委。2.优化营商环境。牵头单位：市政务办。责任单位：各区政府。";
        assertThat(classifier.classify(null, text)).isEqualTo(DocTypeClassifier.KEY_TASKS);
    }

    @Test
    void otherwiseOther() {
        assertThat(classifier.classify(null, "这是一段与政府工作无关的说明文字。")).isEqualTo(DocTypeClassifier.OTHER);
    }

    @Test
    void aResolutionApprovingAReportIsNotTheReport() {
        assertThat(classifier.classify("杭州市第十四届人民代表大会第三次会议关于政府工作报告的决议",
                "会议批准这个报告。")).isEqualTo(DocTypeClassifier.RESOLUTION);
        String opening = "第十四届全国人民代表大会第三次会议听取和审议了国务院总理所作的政府工作报告。"
                + "会议充分肯定国务院过去一年的工作，同意报告提出的今年经济社会发展总体要求。";
        assertThat(classifier.classify(null, opening)).isEqualTo(DocTypeClassifier.RESOLUTION);
        // a report that mentions resolutions further down is still a report
        String report = "各位代表：现在，我代表市人民政府，向大会报告政府工作，请予审议。" + "过去一年".repeat(100)
                + "认真贯彻关于加强地方立法工作的决议。";
        assertThat(classifier.classify(null, report)).isEqualTo(DocTypeClassifier.GOVERNMENT_WORK_REPORT);
    }
}
