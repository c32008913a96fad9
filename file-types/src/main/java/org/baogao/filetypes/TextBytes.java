package org.baogao.filetypes;

import java.util.Optional;

/**
 * Whether bytes no magic number claims are text. Reports arrive in UTF-8, GBK/GB18030 or Big5, where every
 * byte of a multi-byte character is at least 0x40 and no character contains a NUL, so control bytes are rare
 * in text and common in everything else. UTF-16 (Windows "Unicode" text) is full of NULs: with a byte-order
 * mark, or with NULs on one side of the byte pairs only, it is text too (report-cleaning decodes it).
 */
final class TextBytes {
    /** Beyond this share of control bytes in the sample a file is binary; noisy text stays far below. */
    static final double MAX_CONTROL_SHARE = 0.05;
    /** How much of the start is looked at. */
    static final int SAMPLE_BYTES = 64 * 1024;
    /** Share of the high bytes of UTF-16 Chinese text that are in the Chinese ranges; random data has a third. */
    private static final double MIN_UTF16_HIGH_SHARE = 0.9;

    private TextBytes() {
    }

    /** Why these bytes are not text, or empty if they read as text. */
    static Optional<String> whyNotText(byte[] bytes) {
        if (hasUtf16Bom(bytes) || looksLikeUtf16WithoutBom(bytes)) {
            return Optional.empty();
        }
        int sample = Math.min(bytes.length, SAMPLE_BYTES);
        int control = 0;
        int firstNul = -1;
        for (int i = 0; i < sample; i++) {
            if (bytes[i] == 0 && firstNul < 0) {
                firstNul = i;
            }
            if (isControl(bytes[i])) {
                control++;
            }
        }
        if (firstNul >= 0) {
            return Optional.of("it contains NUL bytes (first at offset " + firstNul + ") and is not UTF-16 text");
        }
        if (sample > 0 && control > sample * MAX_CONTROL_SHARE) {
            return Optional.of(String.format("%d of its first %d bytes are control characters", control, sample));
        }
        return Optional.empty();
    }

    static boolean hasUtf16Bom(byte[] bytes) {
        if (bytes.length < 2) {
            return false;
        }
        int b0 = bytes[0] & 0xff;
        int b1 = bytes[1] & 0xff;
        boolean utf32le = bytes.length >= 4 && b0 == 0xff && b1 == 0xfe && bytes[2] == 0 && bytes[3] == 0;
        return (b0 == 0xfe && b1 == 0xff) || (b0 == 0xff && b1 == 0xfe && !utf32le);
    }

    /**
     * UTF-16 text without its mark: on one side of the byte pairs (the high bytes) nearly every byte is one
     * that starts the characters of Chinese text: 0x00 (ASCII), 0x20 (general punctuation), 0x30 (CJK
     * punctuation), 0x4E-0x9F (CJK ideographs), 0xFF (full-width forms). Random or binary data has a third of
     * its bytes there.
     */
    static boolean looksLikeUtf16WithoutBom(byte[] bytes) {
        int pairs = Math.min(bytes.length, SAMPLE_BYTES) / 2;
        if (pairs < 8) {
            return false;
        }
        int evenHigh = 0;
        int oddHigh = 0;
        for (int i = 0; i < pairs; i++) {
            if (isChineseHighByte(bytes[2 * i])) {
                evenHigh++;
            }
            if (isChineseHighByte(bytes[2 * i + 1])) {
                oddHigh++;
            }
        }
        return Math.max(evenHigh, oddHigh) >= pairs * MIN_UTF16_HIGH_SHARE && hasNul(bytes, pairs);
    }

    private static boolean isChineseHighByte(byte b) {
        int c = b & 0xff;
        return c == 0x00 || c == 0x20 || c == 0x30 || (c >= 0x4e && c <= 0x9f) || c == 0xff;
    }

    /** Legacy-charset text never has a NUL; UTF-16 text has one in every ASCII character (line ends at least). */
    private static boolean hasNul(byte[] bytes, int pairs) {
        for (int i = 0; i < 2 * pairs; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** C0 controls and DEL, except the ones text uses: tab, line feed, form feed, carriage return, escape. */
    private static boolean isControl(byte b) {
        int c = b & 0xff;
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r' && c != 0x1b) || c == 0x7f;
    }
}
