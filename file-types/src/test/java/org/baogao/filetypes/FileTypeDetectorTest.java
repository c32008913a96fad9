package org.baogao.filetypes;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.baogao.fixtures.PasswordProtected;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class FileTypeDetectorTest {
    private static final FileTypeDetector DETECTOR = new FileTypeDetector();
    private static final String REPORT = """
            2021年是"十四五"开局之年。全市地区生产总值增长6.5%左右，一般公共预算收入增长5%。
            （一）着力推动产业转型升级。加快建设长三角中轴枢纽，实施"532"发展战略，新增高新技术企业300家以上。
            \t1.城乡居民人均可支配收入与经济增长基本同步；城镇调查失业率控制在5%以内。\r
            """;

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "GB18030", "GBK", "Big5", "UTF-16", "UTF-16LE", "UTF-16BE"})
    void chineseTextInTheCharsetsReportsArriveInIsText(String charset) {
        FileType type = DETECTOR.detect(REPORT.repeat(3).getBytes(Charset.forName(charset)), "report.txt");
        assertThat(type.reading()).as(charset).isEqualTo(Reading.TEXT);
        assertThat(type.format()).isEqualTo("text");
    }

    @Test
    void theSeedReportsAreText() throws IOException {
        try (var files = Files.list(Path.of("..", "seeds"))) {
            var txt = files.filter(p -> p.toString().endsWith(".txt")).toList();
            assertThat(txt).isNotEmpty();
            for (Path seed : txt) {
                assertThat(DETECTOR.detect(Files.readAllBytes(seed), seed.getFileName().toString()).reading())
                        .as(seed.toString()).isEqualTo(Reading.TEXT);
            }
        }
    }

    @Test
    void aFewStrayControlBytesInNoisyTextAreStillText() {
        String noisy = REPORT.repeat(20).replace("。", "。\u0007").replace("，", "，\u000b");
        assertThat(DETECTOR.detect(noisy.getBytes(StandardCharsets.UTF_8), "noisy.txt").reading()).isEqualTo(Reading.TEXT);
    }

    @Test
    void randomBytesAreRefusedWhateverTheirName() {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        FileType type = DETECTOR.detect(noise, "report.txt");
        assertThat(type.reading()).isEqualTo(Reading.REFUSED);
        assertThat(type.refusal()).contains("no reader knows this data");
    }

    @Test
    void threeBytesNamedPngAreNotAnImage() {
        assertThat(DETECTOR.detect(new byte[]{1, 2, 3}, "scan.png").reading()).isEqualTo(Reading.REFUSED);
    }

    @Test
    void aSingleNulByteInUtf8TextMakesItBinary() {
        byte[] text = REPORT.repeat(50).getBytes(StandardCharsets.UTF_8);
        text[text.length - 10] = 0;
        FileType type = DETECTOR.detect(text, "a.txt");
        assertThat(type.reading()).isEqualTo(Reading.REFUSED);
        assertThat(type.refusal()).contains("NUL");
    }

    @Test
    void aPortalPageIsHtmlAndAPageSavedWithoutDoctypeIsToldByItsName() {
        String page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>政府工作报告</title></head><body><p>"
                + REPORT + "</p></body></html>";
        assertThat(DETECTOR.detect(page.getBytes(StandardCharsets.UTF_8), "index.htm").reading()).isEqualTo(Reading.HTML);
        byte[] fragment = ("<div class=\"article\"><p>" + REPORT + "</p></div>").getBytes(StandardCharsets.UTF_8);
        assertThat(DETECTOR.detect(fragment, "content.html").format()).isEqualTo("html");
        assertThat(DETECTOR.detect(REPORT.getBytes(StandardCharsets.UTF_8), "report.txt").format()).isEqualTo("text");
    }

    @Test
    void proseToldWithoutTikasMagicIsStillToldApartFromPagesAndMail() {
        // prose opening with Chinese: plain text at a glance, whatever the name unless the name says otherwise
        assertThat(DETECTOR.detect(REPORT.getBytes(StandardCharsets.UTF_8), null).format()).isEqualTo("text");
        assertThat(DETECTOR.detect(REPORT.getBytes(StandardCharsets.UTF_8), "report.html").format()).isEqualTo("html");
        // a page saved with a Chinese line before its markup is still a page (Tika looks for <html up to 8 KB in)
        byte[] headedPage = ("政府工作报告\n<html><head><title>报告</title></head><body><p>" + REPORT + "</p></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(DETECTOR.detect(headedPage, null).reading()).isEqualTo(Reading.HTML);
        // an ASCII opening goes to Tika's magic, as before
        byte[] rtf = ("{\\rtf1\\ansi " + REPORT + "}").getBytes(StandardCharsets.US_ASCII);
        assertThat(DETECTOR.detect(rtf, null).format()).isEqualTo("rtf");
    }

    @Test
    void aPdfIsADocumentWhateverItsName() throws IOException {
        FileType type = DETECTOR.detect(pdf(null), "report.txt");
        assertThat(type.reading()).isEqualTo(Reading.DOCUMENT);
        assertThat(type.format()).isEqualTo("pdf");
        assertThat(type.mediaType()).isEqualTo("application/pdf");
    }

    @Test
    void aPdfThatNeedsAPasswordIsRefusedOneWithOnlyAnOwnerPasswordIsRead() throws IOException {
        FileType locked = DETECTOR.detect(pdf("secret"), "locked.pdf");
        assertThat(locked.reading()).isEqualTo(Reading.REFUSED);
        assertThat(locked.refusal()).contains("encrypted").contains("password");
        // Government PDFs often forbid copying or printing with an owner password; they open without one.
        assertThat(DETECTOR.detect(pdf(""), "protected.pdf").reading()).isEqualTo(Reading.DOCUMENT);
    }

    @Test
    void wordDocumentsAreDocumentsAndAWpsFileInWordFormatIsWps() throws IOException {
        assertThat(DETECTOR.detect(docx(), "r.docx").format()).isEqualTo("docx");
        assertThat(DETECTOR.detect(ole2WordDocument(), "r.doc").format()).isEqualTo("doc");
        FileType wps = DETECTOR.detect(ole2WordDocument(), "报告.wps");
        assertThat(wps.format()).isEqualTo("wps");
        assertThat(wps.reading()).isEqualTo(Reading.DOCUMENT);
    }

    @Test
    void aPasswordProtectedDocxIsRefusedAsEncrypted() throws Exception {
        FileType type = DETECTOR.detect(PasswordProtected.office(docx(), "secret"), "locked.docx");
        assertThat(type.reading()).isEqualTo(Reading.REFUSED);
        assertThat(type.format()).isEqualTo("encrypted");
    }

    @Test
    void anOfdIsAZipWithOfdXml() throws IOException {
        byte[] ofd = zip("OFD.xml", "<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\" Version=\"1.0\"/>");
        FileType type = DETECTOR.detect(ofd, "report.ofd");
        assertThat(type.format()).isEqualTo("ofd");
        assertThat(type.reading()).isEqualTo(Reading.DOCUMENT);
    }

    @Test
    void archivesAreRefusedAndNamed() throws IOException {
        FileType zip = DETECTOR.detect(zip("report.txt", REPORT), "reports.zip");
        assertThat(zip.reading()).isEqualTo(Reading.REFUSED);
        assertThat(zip.named()).contains("application/zip");
        assertThat(zip.refusal()).contains("unpack");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(REPORT.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(DETECTOR.detect(out.toByteArray(), "report.txt.gz").format()).isEqualTo("archive");
    }

    @Test
    void programsAreRefused() {
        byte[] elf = new byte[256];
        System.arraycopy(new byte[]{0x7f, 'E', 'L', 'F', 2, 1, 1}, 0, elf, 0, 7);
        FileType type = DETECTOR.detect(elf, "report.txt");
        assertThat(type.reading()).isEqualTo(Reading.REFUSED);
        assertThat(type.format()).isEqualTo("executable");
    }

    @Test
    void imagesAreForOcr() throws IOException {
        BufferedImage image = new BufferedImage(40, 40, BufferedImage.TYPE_BYTE_GRAY);
        for (String format : new String[]{"png", "jpeg", "tiff"}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, format, out);
            FileType type = DETECTOR.detect(out.toByteArray(), "scan.bin");
            assertThat(type.reading()).as(format).isEqualTo(Reading.IMAGE);
            assertThat(type.mediaType()).isEqualTo("image/" + format);
        }
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThat(DETECTOR.detect(new byte[0], "a.txt").refusal()).contains("empty");
    }

    private static byte[] pdf(String userPassword) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText("Government work report 2021");
                content.endText();
            }
            if (userPassword != null) {
                AccessPermission permissions = new AccessPermission();
                permissions.setCanExtractContent(false);
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + userPassword, userPassword, permissions);
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] docx() throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText(REPORT);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** An OLE2 file with a WordDocument stream: what Word 97 (and WPS Writer) files look like from outside. */
    private static byte[] ole2WordDocument() throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[4096]), "WordDocument");
            fs.createDocument(new ByteArrayInputStream(new byte[512]), "1Table");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    private static byte[] zip(String entry, String content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
