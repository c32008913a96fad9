package org.baogao.ingest.upload;

import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Tells text from binary by looking at the bytes, never at the declared content type (operators'
 * tools label files at random). Reports arrive in UTF-8, GBK/GB18030 or Big5: in all of them every
 * byte of a multi-byte character is at least 0x40 and no character is encoded with a NUL, so
 * control bytes are rare in text and common in everything else.
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
        int firstNul = indexOfNul(bytes);
        if (firstNul >= 0) {
            return Optional.of("the file contains NUL bytes (first at offset " + firstNul
                    + "): binary data or UTF-16, neither of which extraction reads");
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
