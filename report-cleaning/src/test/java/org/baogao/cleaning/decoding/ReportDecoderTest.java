package org.baogao.cleaning.decoding;

import org.baogao.cleaning.NotTextException;
import org.baogao.cleaning.model.CharModel;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportDecoderTest {
    private static final String SIMPLIFIED = """
            各位代表：
            过去一年，全省地区生产总值增长百分之五点八，一般公共预算收入增长百分之六。今年，我们将坚持稳中求进工作总基调，
            深入实施创新驱动发展战略，加快建设现代化产业体系，着力扩大内需，持续保障和改善民生，推动经济实现质的有效提升和量的合理增长。
            """;
    private static final String TRADITIONAL = """
            各位代表：
            過去一年，全市經濟社會發展取得新的成績，地區生產總值增長百分之六點一，城鄉居民收入穩步提高。今年，我們將堅持以人民為中心，
            統籌推進疫情防控和經濟社會發展，深化供給側結構性改革，加強生態環境保護，提升城市治理現代化水平，確保各項目標任務圓滿完成。
            """;

    private final ReportDecoder decoder = new ReportDecoder(c -> CharModel.standard().isCommon((char) c));

    @Test
    void strictUtf8IsUtf8() throws NotTextException {
        DecodedText d = decoder.decode(SIMPLIFIED.getBytes(StandardCharsets.UTF_8));
        assertThat(d.charset()).isEqualTo("UTF-8");
        assertThat(d.confidence()).isEqualTo(100);
        assertThat(d.text()).isEqualTo(SIMPLIFIED);
    }

    @Test
    void utf8CutInTheMiddleOfACharacterIsStillUtf8() throws NotTextException {
        byte[] bytes = SIMPLIFIED.getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length - 2);
        cut[100] = (byte) 0xFF;
        DecodedText d = decoder.decode(cut);
        assertThat(d.charset()).isEqualTo("UTF-8");
        assertThat(d.confidence()).isLessThan(100);
        assertThat(d.text()).startsWith("各位代表");
    }

    @Test
    void utf8BomIsDropped() throws NotTextException {
        byte[] body = TRADITIONAL.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        DecodedText d = decoder.decode(withBom);
        assertThat(d.text()).isEqualTo(TRADITIONAL);
        assertThat(d.charset()).isEqualTo("UTF-8");
    }

    @Test
    void utf16WithBomInBothByteOrders() throws NotTextException {
        DecodedText little = decoder.decode(withPrefix(new byte[]{(byte) 0xFF, (byte) 0xFE}, SIMPLIFIED.getBytes(StandardCharsets.UTF_16LE)));
        DecodedText big = decoder.decode(withPrefix(new byte[]{(byte) 0xFE, (byte) 0xFF}, SIMPLIFIED.getBytes(StandardCharsets.UTF_16BE)));
        assertThat(little.text()).isEqualTo(SIMPLIFIED);
        assertThat(little.charset()).isEqualTo("UTF-16LE");
        assertThat(big.text()).isEqualTo(SIMPLIFIED);
        assertThat(big.charset()).isEqualTo("UTF-16BE");
    }

    @Test
    void gbkBytesDecodeAsGb18030() throws NotTextException {
        DecodedText d = decoder.decode(SIMPLIFIED.getBytes(Charset.forName("GBK")));
        assertThat(d.charset()).isEqualTo("GB18030");
        assertThat(d.text()).isEqualTo(SIMPLIFIED);
        assertThat(d.confidence()).isBetween(1, 100);
    }

    @Test
    void traditionalGbkIsStillGb18030() throws NotTextException {
        DecodedText d = decoder.decode(TRADITIONAL.getBytes(Charset.forName("GB18030")));
        assertThat(d.charset()).isEqualTo("GB18030");
        assertThat(d.text()).isEqualTo(TRADITIONAL);
    }

    @Test
    void big5BytesDecodeAsBig5() throws NotTextException {
        DecodedText d = decoder.decode(TRADITIONAL.getBytes(Charset.forName("Big5")));
        assertThat(d.charset()).isEqualTo("Big5");
        assertThat(d.text()).isEqualTo(TRADITIONAL);
    }

    @Test
    void readabilityPrefersTheRightLegacyDecoding() {
        byte[] big5 = TRADITIONAL.getBytes(Charset.forName("Big5"));
        double asBig5 = decoder.readability(new String(big5, Charset.forName("Big5")));
        double asGb = decoder.readability(new String(big5, Charset.forName("GB18030")));
        assertThat(asBig5).isGreaterThan(asGb);
    }

    @Test
    void emptyIsNotText() {
        assertThatThrownBy(() -> decoder.decode(new byte[0])).isInstanceOf(NotTextException.class).hasMessageContaining("empty");
    }

    @Test
    void whitespaceOnlyIsNotText() {
        assertThatThrownBy(() -> decoder.decode(" \n\n ".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(NotTextException.class).hasMessageContaining("whitespace");
    }

    @Test
    void nulBytesAreBinary() {
        byte[] bytes = SIMPLIFIED.getBytes(StandardCharsets.UTF_8);
        bytes[10] = 0;
        assertThatThrownBy(() -> decoder.decode(bytes)).isInstanceOf(NotTextException.class).hasMessageContaining("NUL");
    }

    @Test
    void manyControlCharactersAreBinary() {
        byte[] bytes = new byte[400];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 3 == 0 ? 0x01 + (i % 7) : 'a' + (i % 20));
        }
        assertThatThrownBy(() -> decoder.decode(bytes)).isInstanceOf(NotTextException.class).hasMessageContaining("control");
    }

    @Test
    void randomHighBytesAreNotText() {
        byte[] bytes = new byte[2000];
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (0x80 + random.nextInt(0x80));
        }
        assertThatThrownBy(() -> decoder.decode(bytes)).isInstanceOf(NotTextException.class)
                .hasMessageContaining("does not read as Chinese");
    }

    private static byte[] withPrefix(byte[] prefix, byte[] body) {
        byte[] out = new byte[prefix.length + body.length];
        System.arraycopy(prefix, 0, out, 0, prefix.length);
        System.arraycopy(body, 0, out, prefix.length, body.length);
        return out;
    }

    @Test
    void utf8WithAFewStrayBytesStaysUtf8WithReplacementCharacters() throws NotTextException {
        for (byte stray : new byte[]{(byte) 0xFF, (byte) 0x80, (byte) 0xC3, (byte) 0xE5, (byte) 0xA1}) {
            byte[] clean = SIMPLIFIED.getBytes(StandardCharsets.UTF_8);
            byte[] dirty = new byte[clean.length + 3];
            // three stray bytes: at the start, between two characters (after 各位代表：\n过去一年) and at the end
            int between = "各位代表：\n过去一年".getBytes(StandardCharsets.UTF_8).length;
            dirty[0] = stray;
            System.arraycopy(clean, 0, dirty, 1, between);
            dirty[between + 1] = stray;
            System.arraycopy(clean, between, dirty, between + 2, clean.length - between);
            dirty[dirty.length - 1] = stray;
            DecodedText d = decoder.decode(dirty);
            assertThat(d.charset()).as("stray %02X", stray).isEqualTo("UTF-8");
            assertThat(d.text()).as("stray %02X", stray).contains("全省地区生产总值增长百分之五点八")
                    .contains("推动经济实现质的有效提升");
            assertThat(d.text().chars().filter(c -> c == 0xFFFD).count()).as("stray %02X", stray).isEqualTo(3L);
        }
    }

    @Test
    void shortUtf8WithOneBrokenByteStaysUtf8() throws NotTextException {
        byte[] bytes = "地区生产总值增长6%左右。".getBytes(StandardCharsets.UTF_8);
        bytes[4] = (byte) 0x20;
        DecodedText d = decoder.decode(bytes);
        assertThat(d.charset()).isEqualTo("UTF-8");
        assertThat(d.text()).endsWith("生产总值增长6%左右。");
    }

    @Test
    void utf16WithoutBomIsDetectedInBothByteOrders() throws NotTextException {
        for (Charset charset : new Charset[]{StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            for (String text : new String[]{SIMPLIFIED, TRADITIONAL, "2024年政府工作报告\nGDP增长5%。\n"}) {
                DecodedText d = decoder.decode(text.getBytes(charset));
                assertThat(d.charset()).as(charset + " " + text.substring(0, 4)).isEqualTo(charset.name());
                assertThat(d.text()).isEqualTo(text);
            }
        }
    }

    @Test
    void legacyTextIsNotTakenForBomlessUtf16() throws NotTextException {
        byte[] gbk = (SIMPLIFIED.length() % 2 == 0 ? SIMPLIFIED : SIMPLIFIED + "。").getBytes(Charset.forName("GBK"));
        assertThat(decoder.decode(gbk).charset()).isEqualTo("GB18030");
        byte[] big5 = TRADITIONAL.getBytes(Charset.forName("Big5"));
        assertThat(decoder.decode(big5).charset()).isEqualTo("Big5");
    }

    @Test
    void englishUtf8IsNeverTakenForUtf16() throws NotTextException {
        String english = "Government Work Report 2024: GDP growth of around 5 percent, CPI around 3 percent.\n";
        assertThat(decoder.decode(english.getBytes(StandardCharsets.UTF_8)).charset()).isEqualTo("UTF-8");
        assertThat(decoder.decode(english.getBytes(StandardCharsets.UTF_16LE)).charset()).isEqualTo("UTF-16LE");
    }
}
