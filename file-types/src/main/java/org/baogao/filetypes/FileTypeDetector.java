package org.baogao.filetypes;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.parser.CompositeParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The one answer to "what is this file?", for ingest-service (what to refuse at the door) and extract-service
 * (how to read it). Apache Tika's detector decides by the bytes: magic numbers, then the containers' insides
 * (an OLE2 file is a .doc, .xls or an encrypted .docx by its streams; a ZIP is a .docx, .odt or .epub by its
 * entries). The file name only tells kinds of text apart (a page saved as .html without a doctype); it never
 * makes text of binary data or an image of three bytes. On top of Tika: OFD (a ZIP
 * with {@code OFD.xml}, unknown to Tika), encrypted PDFs (those that do not open without a password; PDFs
 * with only an owner password open and are read), and the text rules for bytes no magic number claims.
 *
 * <p>Thread-safe; build one and share it (loading Tika's registry takes a moment).
 */
public final class FileTypeDetector {
    private static final Set<String> ARCHIVES = Set.of("application/zip", "application/gzip", "application/x-gzip",
            "application/x-tar", "application/x-gtar", "application/x-7z-compressed", "application/x-rar-compressed",
            "application/vnd.rar", "application/x-bzip", "application/x-bzip2", "application/x-xz", "application/zstd",
            "application/x-lzma", "application/x-compress", "application/x-archive", "application/x-cpio",
            "application/x-lzip", "application/x-lz4", "application/x-arj", "application/x-iso9660-image",
            "application/x-apple-diskimage", "application/vnd.ms-cab-compressed", "application/x-xar");
    private static final Set<String> EXECUTABLES = Set.of("application/x-executable", "application/x-sharedlib",
            "application/x-msdownload", "application/x-dosexec", "application/x-elf", "application/x-mach-o",
            "application/x-mach-o-executable", "application/x-mach-o-dylib", "application/x-mach-o-bundle",
            "application/java-archive", "application/java-vm", "application/x-java-applet", "application/x-msi",
            "application/x-ms-installer", "application/vnd.android.package-archive", "application/x-coredump",
            "application/x-object", "application/x-mach-o-object");
    private static final Set<String> OCR_IMAGES = Set.of("image/png", "image/jpeg", "image/tiff", "image/gif",
            "image/bmp", "image/x-ms-bmp", "image/webp", "image/jp2", "image/x-portable-graymap",
            "image/x-portable-bitmap", "image/x-portable-pixmap", "image/x-portable-anymap");
    private static final String OOXML_PROTECTED = "application/x-tika-ooxml-protected";
    private static final String OFD = "application/ofd";
    private static final byte[] PDF_ENCRYPT = "/Encrypt".getBytes(StandardCharsets.US_ASCII);

    /** Short format names and descriptions of the document types reports come in. */
    private static final Map<String, Named> DOCUMENTS = Map.ofEntries(
            Map.entry("application/pdf", new Named("pdf", "PDF document")),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", new Named("docx", "Word document (.docx)")),
            Map.entry("application/vnd.ms-word.document.macroenabled.12", new Named("docx", "Word document with macros (.docm)")),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.template", new Named("docx", "Word template (.dotx)")),
            Map.entry("application/msword", new Named("doc", "Word 97-2003 document (.doc)")),
            Map.entry("application/vnd.ms-works", new Named("wps", "Works/WPS document (.wps)")),
            Map.entry("application/rtf", new Named("rtf", "RTF document")),
            Map.entry("application/vnd.oasis.opendocument.text", new Named("odt", "OpenDocument text (.odt)")),
            Map.entry(OFD, new Named("ofd", "OFD document (GB/T 33190)")),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", new Named("xlsx", "Excel workbook (.xlsx)")),
            Map.entry("application/vnd.ms-excel", new Named("xls", "Excel 97-2003 workbook (.xls)")),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", new Named("pptx", "PowerPoint presentation (.pptx)")),
            Map.entry("application/vnd.ms-powerpoint", new Named("ppt", "PowerPoint 97-2003 presentation (.ppt)")),
            Map.entry("application/epub+zip", new Named("epub", "EPUB book")));

    private final Detector detector;
    private final MimeTypes mimeTypes;
    private final MediaTypeRegistry registry;
    private final Map<MediaType, Parser> parsers;

    public FileTypeDetector() {
        TikaConfig config = TikaConfig.getDefaultConfig();
        this.detector = config.getDetector();
        this.mimeTypes = config.getMimeRepository();
        this.registry = config.getMediaTypeRegistry();
        Parser parser = config.getParser();
        this.parsers = parser instanceof CompositeParser composite ? composite.getParsers(new ParseContext()) : Map.of();
    }

    /**
     * @param bytes    the whole file
     * @param fileName its name as sent (tells kinds of text apart), may be null
     */
    public FileType detect(byte[] bytes, String fileName) {
        if (bytes.length == 0) {
            return FileType.refused("application/octet-stream", "empty", "empty file", "the file is empty");
        }
        if (isPlainProse(bytes, fileName)) {
            return classify("text/plain", bytes, fileName);
        }
        MediaType byBytes = tikaType(bytes);
        String tikaType = byBytes.getBaseType().toString();
        if (tikaType.equals("application/octet-stream") || tikaType.equals("text/plain")) {
            Optional<String> notText = TextBytes.whyNotText(bytes);
            if (notText.isPresent()) {
                return FileType.refused("application/octet-stream", "binary", "unknown binary data",
                        "no reader knows this data: " + notText.get());
            }
            // The name tells kinds of text apart (a page saved as .html without a doctype); never text from binary.
            // by the name alone: the bytes were read once already, and text-like bytes leave the name to decide
            MediaType byName = fileName == null ? byBytes : typeByName(fileName);
            tikaType = registry.isSpecializationOf(byName, MediaType.TEXT_PLAIN) ? byName.getBaseType().toString() : "text/plain";
        }
        String type = tikaType.equals("application/zip") && isOfd(bytes) ? OFD : tikaType;
        return classify(type, bytes, fileName);
    }

    private FileType classify(String type, byte[] bytes, String fileName) {
        MediaType media = MediaType.parse(type);
        if (type.equals("text/html") || type.equals("application/xhtml+xml") || registry.isSpecializationOf(media, MediaType.parse("text/html"))) {
            return FileType.readable(type, "html", "web page (HTML)", Reading.HTML);
        }
        if (type.equals(OOXML_PROTECTED)) {
            return FileType.refused(type, "encrypted", "password-protected Office document",
                    "the Office document is encrypted with a password: send it without the password");
        }
        Named document = DOCUMENTS.get(type);
        if (document != null) {
            return document(type, document, bytes, fileName);
        }
        if (type.startsWith("text/") || registry.isSpecializationOf(media, MediaType.TEXT_PLAIN)) {
            return FileType.readable(type, "text", "plain text", Reading.TEXT);
        }
        if (ARCHIVES.contains(type)) {
            return FileType.refused(type, "archive", "archive (" + subtype(type) + ")",
                    "archives are not unpacked: unpack it and send the reports inside one by one");
        }
        if (EXECUTABLES.contains(type)) {
            return FileType.refused(type, "executable", "program (" + subtype(type) + ")", "programs hold no report text");
        }
        if (OCR_IMAGES.contains(type)) {
            return FileType.readable(type, "image", "image (" + subtype(type) + ")", Reading.IMAGE);
        }
        String family = media.getType();
        if (family.equals("image") || family.equals("audio") || family.equals("video") || family.equals("font")
                || family.equals("model")) {
            return FileType.refused(type, family, family + " (" + subtype(type) + ")", "a " + family + " file holds no report text");
        }
        if (parsers.containsKey(media)) {
            return FileType.readable(type, subtype(type), "document (" + type + ")", Reading.DOCUMENT);
        }
        return FileType.refused(type, subtype(type), type, "no reader for " + type);
    }

    private FileType document(String type, Named document, byte[] bytes, String fileName) {
        if (type.equals("application/pdf") && isEncryptedPdf(bytes)) {
            return FileType.refused(type, "pdf", "encrypted PDF document",
                    "the PDF is encrypted and does not open without a password: send it unprotected");
        }
        if (type.equals("application/msword") && hasExtension(fileName, "wps")) {
            // Kingsoft WPS Writer saves .wps in the Word 97 binary format; Tika's Word parser reads it.
            return FileType.readable(type, "wps", "WPS Writer document (.wps, Word 97 format)", Reading.DOCUMENT);
        }
        if (!type.equals(OFD) && !parsers.containsKey(MediaType.parse(type))) {
            return FileType.refused(type, document.format(), document.description(), "no reader for " + document.description());
        }
        return FileType.readable(type, document.format(), document.description(), Reading.DOCUMENT);
    }

    /** Tika's answer from the bytes alone (the name only tells kinds of text apart: {@link #typeByName}). */
    private MediaType tikaType(byte[] bytes) {
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            return detector.detect(in, new Metadata());
        } catch (IOException e) {
            throw new UncheckedIOException("reading bytes in memory failed", e);
        }
    }

    /** How far into a file Tika's magic looks for markup and headers (text/html: {@code <html} at 128:8192). */
    private static final int MAGIC_REACH = 8192;

    /**
     * Chinese prose, the common case, told without Tika's magic (about 0.4 ms a file, each of its signatures tried
     * in turn): every text format Tika knows by its bytes starts with ASCII or shows markup ({@code <}) or a header
     * line within its first 8 KB. So bytes that are text by our rules, whose first character (past a byte order mark
     * and spaces) is not ASCII, and that hold no {@code <} or {@code :} within that reach, are plain text, unless
     * the name says otherwise (report.html).
     */
    private boolean isPlainProse(byte[] bytes, String fileName) {
        int first = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            first = 3;
        }
        while (first < bytes.length && (bytes[first] == ' ' || bytes[first] == '\t' || bytes[first] == '\r'
                || bytes[first] == '\n')) {
            first++;
        }
        if (first >= bytes.length || (bytes[first] & 0x80) == 0 || TextBytes.hasUtf16Bom(bytes)) {
            return false;
        }
        int reach = Math.min(bytes.length, MAGIC_REACH);
        for (int i = first; i < reach; i++) {
            if (bytes[i] == '<' || bytes[i] == ':') {
                return false;
            }
        }
        if (TextBytes.whyNotText(bytes).isPresent()) {
            return false;
        }
        if (fileName == null || fileName.isBlank()) {
            return true;
        }
        String byName = typeByName(fileName).getBaseType().toString();
        return byName.equals("text/plain") || byName.equals("application/octet-stream");
    }

    private MediaType typeByName(String fileName) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        try {
            return mimeTypes.detect(null, metadata);
        } catch (IOException e) {
            throw new UncheckedIOException("detecting by name failed", e);
        }
    }

    /** OFD (GB/T 33190) is a ZIP whose root holds {@code OFD.xml}; Tika does not know it. */
    private static boolean isOfd(byte[] bytes) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            for (int i = 0; i < 1000 && (entry = zip.getNextEntry()) != null; i++) {
                if (entry.getName().equalsIgnoreCase("OFD.xml")) {
                    return true;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return false; // a damaged ZIP is not an OFD we could read either
        }
        return false;
    }

    /** Only when the bytes name an encryption dictionary is the PDF opened, with the empty user password. */
    private static boolean isEncryptedPdf(byte[] bytes) {
        if (indexOf(bytes, PDF_ENCRYPT) < 0) {
            return false;
        }
        try (var ignored = Loader.loadPDF(bytes)) {
            return false;
        } catch (InvalidPasswordException e) {
            return true;
        } catch (IOException | RuntimeException e) {
            return false; // damaged: extraction says how
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static boolean hasExtension(String fileName, String extension) {
        return fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith("." + extension);
    }

    private static String subtype(String type) {
        String sub = type.substring(type.indexOf('/') + 1);
        return sub.startsWith("x-") ? sub.substring(2) : sub;
    }

    private record Named(String format, String description) {
    }
}
