package org.baogao.ingest.upload;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Tells text from binary by looking at the bytes, never at the declared content type (operators'
 * tools label files at random). Reports arrive in UTF-8, GBK/GB18030 or Big5: in all of them every
 * byte of a multi-byte character is at least 0x40 and no character is encoded with a NUL, so
 * control bytes are rare in text and common in everything else. UTF-16 (Windows "Unicode" text) is
 * full of NULs, so it is recognized by its byte-order mark and judged on its decoded characters.
 *
 * <p>The same rules as extraction's decoder: a file with NUL bytes would be rejected there anyway,
 * so it is refused at the door where the operator still gets an answer.
 */
public final class TextSniffer {

    /** Beyond this share of control bytes in the sample a file is binary; noisy text stays far below. */
    static final double MAX_CONTROL_SHARE = 0.05;
    /** How much of the start is checked for control bytes; NULs are looked for everywhere. */
    static final int SAMPLE_BYTES = 64 * 1024;

    private static final List<Magic> BINARY_MAGIC = List.of(
            new Magic("PDF document", "25504446"),          // %PDF
            new Magic("ZIP archive (or docx/xlsx/odt)", "504b0304"),
            new Magic("empty ZIP archive", "504b0506"),
            new Magic("spanned ZIP archive", "504b0708"),
            new Magic("PNG image", "89504e470d0a1a0a"),
            new Magic("JPEG image", "ffd8ff"),
            new Magic("GIF image", "474946383761"),         // GIF87a
            new Magic("GIF image", "474946383961"),         // GIF89a
            new Magic("gzip archive", "1f8b"),
            new Magic("OLE2 document (doc/xls/ppt)", "d0cf11e0a1b11ae1"),
            new Magic("RAR archive", "526172211a07"),
            new Magic("7-Zip archive", "377abcaf271c"),
            new Magic("xz archive", "fd377a585a00"),
            new Magic("bzip2 archive", "425a6839"),         // BZh9, the usual block size
            new Magic("TIFF image", "49492a00"),
            new Magic("TIFF image", "4d4d002a"),
            new Magic("ELF executable", "7f454c46"),
            new Magic("Windows executable", "4d5a9000"));

    private TextSniffer() {
    }

    /** Why these bytes are not text, or empty if they look like text. */
    public static Optional<String> whyNotText(byte[] bytes) {
        for (Magic magic : BINARY_MAGIC) {
            if (magic.startsOf(bytes)) {
                return Optional.of("the bytes are binary (" + magic.what() + "), not text");
            }
        }
        Charset utf16 = utf16ByBom(bytes);
        if (utf16 != null) {
            return whyNotUtf16Text(bytes, utf16);
        }
        int firstNul = indexOfNul(bytes);
        if (firstNul >= 0) {
            return Optional.of("the file contains NUL bytes (first at offset " + firstNul
                    + "): binary data (UTF-16 text needs its byte-order mark)");
        }
        int sample = Math.min(bytes.length, SAMPLE_BYTES);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            if (isControl(bytes[i])) {
                control++;
            }
        }
        if (sample > 0 && control > sample * MAX_CONTROL_SHARE) {
            return Optional.of(String.format("%d of the first %d bytes are control characters: binary data, not text",
                    control, sample));
        }
        return Optional.empty();
    }

    /** UTF-16BE or UTF-16LE if the bytes start with that byte-order mark, else null. */
    static Charset utf16ByBom(byte[] bytes) {
        if (bytes.length >= 2) {
            int b0 = bytes[0] & 0xff;
            int b1 = bytes[1] & 0xff;
            if (b0 == 0xfe && b1 == 0xff) {
                return StandardCharsets.UTF_16BE;
            }
            if (b0 == 0xff && b1 == 0xfe && !(bytes.length >= 4 && bytes[2] == 0 && bytes[3] == 0)) {
                return StandardCharsets.UTF_16LE; // FF FE 00 00 would be UTF-32LE
            }
        }
        return null;
    }

    private static Optional<String> whyNotUtf16Text(byte[] bytes, Charset charset) {
        CharBuffer chars;
        try {
            chars = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 2, bytes.length - 2));
        } catch (CharacterCodingException e) {
            return Optional.of("the file starts with a " + charset.name() + " byte-order mark but is not valid " + charset.name());
        }
        int sample = Math.min(chars.length(), SAMPLE_BYTES / 2);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            char c = chars.charAt(i);
            if (c < 0x80 && isControl((byte) c) || c == 0) {
                control++;
            }
        }
        if (sample > 0 && control > sample * MAX_CONTROL_SHARE) {
            return Optional.of(String.format("%d of the first %d %s characters are control characters: binary data, not text",
                    control, sample, charset.name()));
        }
        return Optional.empty();
    }

    private static int indexOfNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    /** C0 controls and DEL, except the ones text uses: tab, line feed, form feed, carriage return, escape. */
    private static boolean isControl(byte b) {
        int c = b & 0xff;
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r' && c != 0x1b) || c == 0x7f;
    }

    private record Magic(String what, byte[] prefix) {
        Magic(String what, String hex) {
            this(what, HexFormat.of().parseHex(hex));
        }

        boolean startsOf(byte[] bytes) {
            if (bytes.length < prefix.length) {
                return false;
            }
            for (int i = 0; i < prefix.length; i++) {
                if (bytes[i] != prefix[i]) {
                    return false;
                }
            }
            return true;
        }
    }
}
