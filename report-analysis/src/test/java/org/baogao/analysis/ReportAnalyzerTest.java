package org.baogao.analysis;

import org.baogao.cleaning.CleanedText;
import org.baogao.contracts.Entity;
import org.baogao.contracts.Section;
import org.baogao.contracts.SourceInfo;
import org.baogao.contracts.Topic;
import org.baogao.text.ChineseNormalizer;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReportAnalyzerTest {
    private final ReportAnalyzer analyzer = new ReportAnalyzer();
    private final SourceInfo source = SourceInfo.received("report.txt", "text/plain", "0", 0, Instant.EPOCH, Map.of());

    /** A traditional-script work report of a district in another province, as cleaning would hand it over. */
    @Test
    void traditionalScriptDistrictWorkReport() {
        String raw = """
                各位代表：
                現在，我代表福田區人民政府，向大會報告政府工作，請予審議。
                一、2022年工作回顧
                過去一年，在深圳市委、市政府和區委的堅強領導下，全區地區生產總值增長3.5%。福田區新增國家級高新技術企業300家。
                二、2023年工作安排
                今年經濟社會發展的主要預期目標是：地區生產總值增長6%左右。
                （一）做強現代產業體系
                1.壯大金融業。支持平安銀行、招商證券等企業做大做強，推動河套深港科技創新合作區建設。
                2.發展數字經濟。實施“數字福田”行動，培育人工智能、集成電路產業集群。
                （二）增進民生福祉
                新增學位5000個，推進老舊小區改造，完善養老服務體系。
                區長 黃偉說，全區將奮力拼搏。
                """;
        CleanedText cleaned = CleanedText.of(ChineseNormalizer.normalize(raw))
                .withHeader(Map.of("发布机构", "深圳市福田区人民政府", "发布时间", "2023-01-10"));
        Analysis a = analyzer.analyze(cleaned, source);

        assertThat(a.region().name()).isEqualTo("福田区");
        assertThat(a.region().level()).isEqualTo("district");
        assertThat(a.region().parent()).isEqualTo("深圳市");
        assertThat(a.year()).isEqualTo(2023);
        assertThat(a.docType()).isEqualTo("government_work_report");
        assertThat(a.publisher()).isEqualTo("深圳市福田区人民政府");
        assertThat(a.publishedAt()).isEqualTo("2023-01-10");
        assertThat(a.title()).isEqualTo("福田区2023年政府工作报告");
        assertThat(a.sections()).extracting(Section::title).contains("2022年工作回顾", "2023年工作安排", "做强现代产业体系",
                "壮大金融业", "增进民生福祉");
        assertThat(a.entities().organizations()).extracting(Entity::name).contains("平安银行", "招商证券");
        assertThat(a.entities().programs()).extracting(Entity::name).contains("数字福田行动");
        assertThat(a.entities().people()).extracting(Entity::name).contains("黄伟");
        assertThat(a.topics()).extracting(Topic::name).contains("人工智能", "集成电路", "养老", "城市更新");
        assertThat(a.keywords()).isNotEmpty();
        int offset = a.entities().organizations().stream().filter(e -> e.name().equals("平安银行")).findFirst()
                .orElseThrow().start();
        assertThat(cleaned.text().substring(offset)).startsWith("平安银行");
    }

    @Test
    void operatorHintsFillWhatTheTextLeavesOpen() {
        SourceInfo hinted = SourceInfo.received("r.txt", "text/plain", "0", 0, Instant.EPOCH,
                Map.of(SourceInfo.META_REGION, "成都市", SourceInfo.META_YEAR, "2022"));
        Analysis a = analyzer.analyze(CleanedText.of("全市上下要认真贯彻落实，市委市政府将带领全市人民奋力拼搏。"), hinted);
        assertThat(a.region().name()).isEqualTo("成都市");
        assertThat(a.year()).isEqualTo(2022);
    }

    @Test
    void emptyTextGivesAnEmptyAnalysis() {
        Analysis a = analyzer.analyze(CleanedText.of(""), source);
        assertThat(a.region()).isNull();
        assertThat(a.year()).isNull();
        assertThat(a.sections()).isEmpty();
        assertThat(a.title()).isEqualTo("report.txt");
    }

    @Test
    void entitiesInSpansCleaningCouldNotRepairAreLeftOut() {
        String text = "全力服务中英科技、盛德鑫泰等企业上市。支持鑫泰彎鏈、港龙置业等企业发展。";
        int bad = text.indexOf("鑫泰彎鏈");
        CleanedText clean = CleanedText.of(text);
        CleanedText damaged = new CleanedText(text, text, clean.toRaw(), "hans", "UTF-8", 100, Map.of(), null, null,
                java.util.List.of(new CleanedText.Span(bad, bad + 4)));
        assertThat(analyzer.analyze(clean, source).entities().organizations()).extracting(Entity::name).contains("鑫泰彎鏈");
        assertThat(analyzer.analyze(damaged, source).entities().organizations()).extracting(Entity::name)
                .doesNotContain("鑫泰彎鏈").contains("中英科技", "港龙置业");
    }
}
