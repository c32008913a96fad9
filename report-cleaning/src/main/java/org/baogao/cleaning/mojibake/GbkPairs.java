package org.baogao.cleaning.mojibake;

import java.nio.charset.Charset;

/**
 * The GBK double-byte table in both directions: which pair of bytes a character is, and which character
 * a pair of bytes decodes to. Built once by decoding every lead/trail pair with the JDK's GBK charset.
 */
final class GbkPairs {
    private static final Charset GBK = Charset.forName("GBK");
    private static final char[] DECODE = new char[65536];
    private static final int[] ENCODE = new int[65536];

    static {
        java.util.Arrays.fill(ENCODE, -1);
        byte[] pair = new byte[2];
        for (int lead = 0x81; lead <= 0xFE; lead++) {
            for (int trail = 0x40; trail <= 0xFE; trail++) {
                if (trail == 0x7F) {
                    continue;
                }
                pair[0] = (byte) lead;
                pair[1] = (byte) trail;
                String s = new String(pair, GBK);
                if (s.length() == 1 && s.charAt(0) != '\uFFFD') {
                    char c = s.charAt(0);
                    int code = (lead << 8) | trail;
                    DECODE[code] = c;
                    if (ENCODE[c] < 0) {
                        ENCODE[c] = code;
                    }
                }
            }
        }
    }

    /** The two bytes ({@code lead << 8 | trail}) of {@code c} in GBK, or -1 if it is not a double-byte character. */
    static int encode(char c) {
        return ENCODE[c];
    }

    /** The character bytes {@code lead, trail} decode to, or 0 if the pair is not a GBK character. */
    static char decode(int lead, int trail) {
        return DECODE[((lead & 0xFF) << 8) | (trail & 0xFF)];
    }

    static boolean isDoubleByte(char c) {
        return ENCODE[c] >= 0;
    }

    /** Lead bytes of GBK's user-defined areas, which lossy decoders drop (AAA1-AFFE, F8A1-FEFE). */
    static boolean isUserDefinedLead(int b) {
        return (b >= 0xAA && b <= 0xAF) || (b >= 0xF8 && b <= 0xFE);
    }

    private GbkPairs() {
    }
}
