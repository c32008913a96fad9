package org.baogao.analysis.header;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PublicationReaderTest {
    private final PublicationReader reader = new PublicationReader();

    @Test
    void portalHeaderFields() {
        Map<String, String> header = Map.of("信息名称", "2021年市政府重点工作", "索引号", "014109429/2021-00086",
                "发布机构", "常州市人民政府", "生成日期", "2021-01-18", "公开日期", "2021-01-25", "文件编号", "");
        PublicationFacts f = reader.read(header, "今年是……");
        assertThat(f.headline()).isEqualTo("2021年市政府重点工作");
        assertThat(f.publisher()).isEqualTo("常州市人民政府");
        assertThat(f.publishedAt()).isEqualTo(LocalDate.of(2021, 1, 25));
        assertThat(f.writtenAt()).isEqualTo(LocalDate.of(2021, 1, 18));
        // No 文号: the portal's index number identifies the document.
        assertThat(f.documentNumber()).isEqualTo("014109429/2021-00086");
    }

    @Test
    void documentNumberFromHeaderOrTopOfTextBeatsIndexNumber() {
        assertThat(reader.read(Map.of("发文字号", "浙政发〔2022〕3号", "索引号", "002482410/2022-00005"), "")
                .documentNumber()).isEqualTo("浙政发〔2022〕3号");
        String text = "杭州市人民政府文件\n杭政〔2023〕12号\n杭州市人民政府关于印发2023年政府工作报告重点工作责任分解的通知\n";
        assertThat(reader.read(Map.of("索引号", "x/2023-1"), text).documentNumber()).isEqualTo("杭政〔2023〕12号");
    }

    @Test
    void signatureBlockGivesPublisherAndDate() {
        String text = "各区人民政府，市政府各委、办、局：\n现将有关事项通知如下。\n……\n成都市人民政府\n2022年2月8日\n";
        PublicationFacts f = reader.read(Map.of(), text);
        assertThat(f.publisher()).isEqualTo("成都市人民政府");
        assertThat(f.publishedAt()).isEqualTo(LocalDate.of(2022, 2, 8));
        assertThat(f.writtenAt()).isEqualTo(LocalDate.of(2022, 2, 8));
    }

    @Test
    void sourceAndTimeLinesAtTheTop() {
        String text = "来源：深圳市人民政府办公厅 发布时间：2023/03/01 10:00\n深圳市2023年政府工作报告\n";
        PublicationFacts f = reader.read(Map.of(), text);
        assertThat(f.publisher()).isEqualTo("深圳市人民政府办公厅");
        assertThat(f.publishedAt()).isEqualTo(LocalDate.of(2023, 3, 1));
    }

    @Test
    void nothingStatedMeansNothingFound() {
        PublicationFacts f = reader.read(Map.of(), "今年要重点抓好以下工作。");
        assertThat(f.publisher()).isNull();
        assertThat(f.publishedAt()).isNull();
        assertThat(f.documentNumber()).isNull();
        assertThat(f.writtenAt()).isNull();
    }

    @Test
    void newspaperDatelineNamesThePublisher() {
        assertThat(reader.read(Map.of(), "加速绘就精彩画卷\n常熟日报讯(融媒记者 张三)12月30日举行的市委全会……").publisher())
                .isEqualTo("常熟日报");
        assertThat(reader.read(Map.of(), "本报讯(记者 李四)昨天……").publisher()).isNull();
    }

    @Test
    void deliveryLineUnderTheTitleDatesTheReport() {
        String text = "政府工作报告\n——2024年1月16日在绍兴市第九届人民代表大会第四次会议上\n绍兴市市长 施惠芳\n各位代表：\n";
        PublicationFacts f = reader.read(Map.of(), text);
        assertThat(f.writtenAt()).isEqualTo(LocalDate.of(2024, 1, 16));
        assertThat(f.publishedAt()).isNull();
    }

    @Test
    void newsDatelineDatesTheText() {
        PublicationFacts f = reader.read(Map.of(), "南山区委全会召开\n本报讯 2022年12月27日，中共深圳市南山区委十三届六次全体（扩大）会议召开。");
        assertThat(f.writtenAt()).isEqualTo(LocalDate.of(2022, 12, 27));
        assertThat(f.publishedAt()).isNull();
    }
}
