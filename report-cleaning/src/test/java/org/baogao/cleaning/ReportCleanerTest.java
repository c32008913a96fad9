package org.baogao.cleaning;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The whole chain on reports written for this test: other provinces, both scripts, several kinds of noise at once. */
class ReportCleanerTest {
    private static final Charset GBK = Charset.forName("GBK");
    private final ReportCleaner cleaner = new ReportCleaner();

    @Test
    void cleansATraditionalGbkPortalPageWithMojibakeAndReadings() throws NotTextException {
        String heading = "　（三）推動城鄉融合發展";
        byte[] headingBytes = heading.getBytes(GBK);
        String mojibake = "?" + new String(Arrays.copyOfRange(headingBytes, 1, headingBytes.length), GBK);
        String page = "首頁 > 政務公開 > 計劃總結\n"
                + "信息名稱:2022年縣政府工作要點 |\n"
                + "發(fā)布機構(gòu):某某縣人民政府 |\n"
                + "公開日期:2022-02-15 |\n"
                + "|\n"
                + "今年全縣地區生產總值增長７％左右，一般公共預算收入增長６％。\n"
                + mojibake + "\n"
                + "堅持農業農村優先發展，全面推進鄉村振興。\n"
                + "【字體：大 中 小】 打印本頁 關閉窗口\n"
                + "版權所有：某某縣人民政府辦公室 地址：人民路1號 電話：0571-87654321\n";
        CleanedText cleaned = cleaner.clean(page.getBytes(GBK));
        assertThat(cleaned.charset()).isEqualTo("GB18030");
        assertThat(cleaned.script()).isEqualTo("hant");
        assertThat(cleaned.text()).isEqualTo("""
                信息名称:2022年县政府工作要点
                发布机构:某某县人民政府
                公开日期:2022-02-15
                今年全县地区生产总值增长7%左右,一般公共预算收入增长6%。
                (三)推动城乡融合发展
                坚持农业农村优先发展,全面推进乡村振兴。""");
        assertThat(cleaned.header()).containsEntry("发布机构", "某某县人民政府").containsEntry("公开日期", "2022-02-15");
        int at = cleaned.text().indexOf("7%");
        assertThat(cleaned.rawText().charAt(cleaned.rawOffset(at))).isEqualTo('７');
    }

    @Test
    void cleansASimplifiedNewspaperPageFromUtf8() throws NotTextException {
        String page = """
                2022年1月5日 星期三 第2版

                本报讯(记者 李明 王芳)昨天，市委全会召开。会议指出，要扎帽碟馁实推进共同富裕，加快打造zui具活力的创新高地，全力争创全国diyi方阵。要加强平安建设，妥善化解影响经济社会发展的社会矛

                盾，确保社会和谐稳定。

                - 2 -
                """;
        CleanedText cleaned = cleaner.clean(page.getBytes(StandardCharsets.UTF_8));
        assertThat(cleaned.script()).isEqualTo("hans");
        assertThat(cleaned.text()).isEqualTo("昨天,市委全会召开。会议指出,要扎实推进共同富裕,加快打造最具活力的创新高地,全力争创全国第一方阵。"
                + "要加强平安建设,妥善化解影响经济社会发展的社会矛盾,确保社会和谐稳定。");
        assertThat(cleaned.header()).containsEntry("记者", "李明 王芳");
        assertThat(cleaned.repairs()).extracting(r -> r.kind())
                .contains("page_furniture", "byline", "injected_junk", "censored_pinyin", "broken_line");
    }

    @Test
    void cleanTextPassesThroughUnchangedButForNormalization() throws NotTextException {
        String text = "各位代表：\n过去一年，全省经济运行稳中有进。\n一、2023年工作回顾\n地区生产总值增长5.2%。";
        CleanedText cleaned = cleaner.clean(text.getBytes(StandardCharsets.UTF_8));
        assertThat(cleaned.text()).isEqualTo("各位代表:\n过去一年,全省经济运行稳中有进。\n一、2023年工作回顾\n地区生产总值增长5.2%。");
        assertThat(cleaned.repairs()).isEmpty();
        assertThat(cleaned.flags()).isEmpty();
        assertThat(cleaned.unreliable()).isEmpty();
    }

    @Test
    void refusesBinary() {
        // What a file is (PDF, image...) is file-types' call; what reaches the cleaner and is binary still fails.
        assertThatThrownBy(() -> cleaner.clean(new byte[]{'%', 'P', 'D', 'F', '-', '1', '.', '4', 0, 0, 1, 2}))
                .isInstanceOf(NotTextException.class);
        assertThatThrownBy(() -> cleaner.clean(new byte[0])).isInstanceOf(NotTextException.class);
    }

    @Test
    void utf8WithStrayBytesStaysReadableAndFlagsWhereTheBytesWere() throws NotTextException {
        String report = "2024年政府工作报告\n各位代表：过去一年，全市地区生产总值增长百分之五点八，城乡居民收入稳步提高。\n"
                + "今年经济社会发展的主要预期目标是：地区生产总值增长百分之五左右。\n";
        byte[] clean = report.getBytes(StandardCharsets.UTF_8);
        int cut = "2024年政府工作报告\n各位代表：".getBytes(StandardCharsets.UTF_8).length;
        byte[] dirty = new byte[clean.length + 3];
        System.arraycopy(clean, 0, dirty, 0, cut);
        dirty[cut] = (byte) 0xFF;
        dirty[cut + 1] = (byte) 0xFE;
        System.arraycopy(clean, cut, dirty, cut + 2, clean.length - cut);
        dirty[dirty.length - 1] = (byte) 0x80;

        CleanedText cleaned = cleaner.clean(dirty);

        assertThat(cleaned.charset()).isEqualTo("UTF-8");
        assertThat(cleaned.text()).contains("各位代表", "全市地区生产总值增长百分之五点八", "地区生产总值增长百分之五左右");
        String before = "2024年政府工作报告\n各位代表：";
        assertThat(cleaned.flags()).filteredOn(f -> f.kind().equals("undecodable_bytes"))
                .extracting(f -> f.rawStart() + "-" + f.rawEnd())
                .containsExactly(before.length() + "-" + (before.length() + 2),
                        (report.length() + 2) + "-" + (report.length() + 3));
    }
}
