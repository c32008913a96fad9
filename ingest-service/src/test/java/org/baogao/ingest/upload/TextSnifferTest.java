package org.baogao.ingest.upload;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class TextSnifferTest {

    private static final String REPORT = """
            2021年是"十四五"开局之年。全市地区生产总值增长6.5%左右，一般公共预算收入增长5%。
            （一）着力推动产业转型升级。加快建设长三角中轴枢纽，实施"532"发展战略，新增高新技术企业300家以上。
            \t1.城乡居民人均可支配收入与经济增长基本同步；城镇调查失业率控制在5%以内。\r
            """;

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "GB18030", "GBK", "Big5", "UTF-8-BOM"})
    void chineseTextInTheCharsetsReportsArriveInIsText(String charset) {
        byte[] bytes = charset.equals("UTF-8-BOM")
                ? concat(new byte[]{(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, REPORT.getBytes(StandardCharsets.UTF_8))
                : REPORT.getBytes(Charset.forName(charset));
        assertThat(TextSniffer.whyNotText(bytes)).isEmpty();
    }

    @Test
    void traditionalChineseInBig5IsText() {
        String traditional = "政府工作報告：二〇二一年重點工作，推動經濟高質量發展，發(fā)布實施方案。";
        assertThat(TextSniffer.whyNotText(traditional.getBytes(Charset.forName("Big5")))).isEmpty();
    }

    @Test
    void theSeedReportsAreText() throws IOException {
        Path seeds = Path.of("..", "seeds");
        try (var files = Files.list(seeds)) {
            var txt = files.filter(p -> p.toString().endsWith(".txt")).toList();
            assertThat(txt).isNotEmpty();
            for (Path seed : txt) {
                assertThat(TextSniffer.whyNotText(Files.readAllBytes(seed))).as(seed.toString()).isEmpty();
            }
        }
    }

    @ParameterizedTest
    @CsvSource({
            "PDF, 255044462d312e370a25e2e3cfd30a",
            "ZIP, 504b0304140006000800000021",
            "PNG, 89504e470d0a1a0a0000000d49484452",
            "JPEG, ffd8ffe000104a46494600",
            "GIF, 47494638396101000100",
            "gzip, 1f8b0800000000000003",
            "OLE2, d0cf11e0a1b11ae10000"})
    void knownBinaryFormatsAreNotTextEvenIfTheRestLooksLikeText(String format, String magicHex) {
        byte[] bytes = concat(HexFormat.of().parseHex(magicHex), REPORT.getBytes(StandardCharsets.UTF_8));
        assertThat(TextSniffer.whyNotText(bytes)).hasValueSatisfying(why -> assertThat(why).contains("not text"));
    }

    @Test
    void aRealGzipStreamIsNotText() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(REPORT.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(TextSniffer.whyNotText(out.toByteArray())).hasValueSatisfying(why -> assertThat(why).contains("gzip"));
    }

    @Test
    void aSingleNulByteAnywhereMakesItBinary() {
        byte[] text = REPORT.repeat(50).getBytes(StandardCharsets.UTF_8);
        text[text.length - 10] = 0;
        assertThat(TextSniffer.whyNotText(text))
                .hasValueSatisfying(why -> assertThat(why).contains("NUL").contains("offset " + (text.length - 10)));
    }

    @Test
    void utf16WithItsByteOrderMarkIsText() {
        // Java's UTF-16 encoder writes a big-endian BOM; Windows "Unicode" files are little-endian with FF FE.
        assertThat(TextSniffer.whyNotText(REPORT.getBytes(StandardCharsets.UTF_16))).isEmpty();
        byte[] le = REPORT.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[le.length + 2];
        withBom[0] = (byte) 0xff;
        withBom[1] = (byte) 0xfe;
        System.arraycopy(le, 0, withBom, 2, le.length);
        assertThat(TextSniffer.whyNotText(withBom)).isEmpty();
    }

    @Test
    void utf16WithoutByteOrderMarkIsRefusedForItsNuls() {
        assertThat(TextSniffer.whyNotText(REPORT.getBytes(StandardCharsets.UTF_16LE)))
                .hasValueSatisfying(why -> assertThat(why).contains("NUL"));
    }

    @Test
    void binaryBehindAUtf16ByteOrderMarkIsStillBinary() {
        byte[] junk = new byte[2048];
        junk[0] = (byte) 0xfe;
        junk[1] = (byte) 0xff; // BOM, then UTF-16BE NULs and control characters
        for (int i = 2; i < junk.length; i += 2) {
            junk[i + 1] = (byte) (i % 7);
        }
        assertThat(TextSniffer.whyNotText(junk)).hasValueSatisfying(why -> assertThat(why).contains("control"));
    }

    @Test
    void mostlyControlBytesAreBinary() {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        for (int i = 0; i < noise.length; i++) {
            if (noise[i] == 0) {
                noise[i] = 1; // no NULs: the control-byte share alone must decide
            }
        }
        assertThat(TextSniffer.whyNotText(noise)).hasValueSatisfying(why -> assertThat(why).contains("control"));
    }

    @Test
    void aFewStrayControlBytesInNoisyTextAreStillText() {
        String noisy = REPORT.repeat(20).replace("。", "。\u0007").replace("，", "，\u000b");
        byte[] bytes = noisy.getBytes(StandardCharsets.UTF_8);
        assertThat(TextSniffer.whyNotText(bytes)).isEmpty();
    }

    @Test
    void plainAsciiIsText() {
        assertThat(TextSniffer.whyNotText("Government Work Report 2021\n".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
