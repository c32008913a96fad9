package org.baogao.cleaning.decoding;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import org.baogao.cleaning.NotTextException;
import org.baogao.cleaning.model.CharSimplifier;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.IntPredicate;

/**
 * Decodes bytes that file-types' detector found to be text. Order matters: a BOM is certain; so is UTF-16
 * without one when nearly every character it gives is plain Chinese or ASCII; NUL bytes
 * are refused (no charset we read has them); strictly valid UTF-8 is taken as UTF-8
 * (a legacy double-byte text is almost never valid UTF-8), and so is UTF-8 with a few broken sequences;
 * the rest goes to ICU's detector, and between
 * the two Chinese legacy charsets, whose byte ranges overlap, the decoding that reads as more common
 * Chinese with fewer replacement characters wins.
 */
public final class ReportDecoder {
    private static final double MAX_CONTROL_SHARE = 0.01;
    private static final double MAX_REPLACEMENT_SHARE = 0.02;
    /** A few broken characters (a cut file, a damaged byte) do not make a short text unreadable. */
    private static final int ALLOWED_REPLACEMENTS = 8;
    private static final int MIN_HAN_TO_JUDGE = 20;
    /** Non-ASCII characters a UTF-8 reading needs before a few broken ones are forgiven (a legacy text breaks nearly all). */
    private static final int MIN_MULTIBYTE_TO_JUDGE = 4;
    /** Share of a BOM-less UTF-16 reading that must be plain text (common Han, CJK punctuation, printable ASCII). */
    private static final double MIN_UTF16_TEXT_SHARE = 0.9;
    private static final double MIN_COMMON_HAN_SHARE = 0.5;
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset BIG5 = Charset.forName("Big5");

    private final IntPredicate commonHan;

    /** @param commonHan whether a (simplified) Han character is common in report text */
    public ReportDecoder(IntPredicate commonHan) {
        this.commonHan = commonHan;
    }

    public DecodedText decode(byte[] raw) throws NotTextException {
        if (raw.length == 0) {
            throw new NotTextException("empty file");
        }
        DecodedText decoded = withBom(raw);
        if (decoded == null) {
            decoded = bomlessUtf16(raw);
        }
        if (decoded == null) {
            refuseNulBytes(raw);
            decoded = strictUtf8(raw);
        }
        if (decoded == null) {
            decoded = nearlyUtf8(raw);
        }
        if (decoded == null) {
            decoded = detected(raw);
        }
        checkReadable(decoded);
        return decoded;
    }

    private static DecodedText withBom(byte[] raw) {
        if (raw.length >= 3 && (raw[0] & 0xFF) == 0xEF && (raw[1] & 0xFF) == 0xBB && (raw[2] & 0xFF) == 0xBF) {
            return new DecodedText(new String(raw, 3, raw.length - 3, StandardCharsets.UTF_8), "UTF-8", 100);
        }
        if (raw.length >= 2 && (raw[0] & 0xFF) == 0xFF && (raw[1] & 0xFF) == 0xFE) {
            return new DecodedText(new String(raw, 2, raw.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE", 100);
        }
        if (raw.length >= 2 && (raw[0] & 0xFF) == 0xFE && (raw[1] & 0xFF) == 0xFF) {
            return new DecodedText(new String(raw, 2, raw.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE", 100);
        }
        return null;
    }

    /**
     * UTF-16 without a byte-order mark, taken only when it is clearly that: an even number of bytes that decode
     * strictly in one byte order to text that is almost all common Chinese, CJK punctuation and printable ASCII.
     * Legacy double-byte text and UTF-8 read as UTF-16 give rare or unassigned characters, so they never pass.
     */
    private DecodedText bomlessUtf16(byte[] raw) {
        if (raw.length < 8 || raw.length % 2 != 0 || (!hasNul(raw) && strictUtf8(raw) != null)) {
            // Valid UTF-8 without NUL bytes is UTF-8, however its byte pairs would read.
            return null;
        }
        for (Charset charset : new Charset[]{StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            String text;
            try {
                text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw)).toString();
            } catch (CharacterCodingException notThisOrder) {
                continue;
            }
            if (plainTextShare(text) >= MIN_UTF16_TEXT_SHARE) {
                return new DecodedText(text, charset.name(), 80);
            }
        }
        return null;
    }

    private double plainTextShare(String text) {
        int plain = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ascii = (c >= 0x20 && c < 0x7F) || c == '\n' || c == '\r' || c == '\t';
            boolean cjkPunctuation = (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF5E);
            boolean commonChinese = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                    && commonHan.test(CharSimplifier.simplify(c));
            if (ascii || cjkPunctuation || commonChinese) {
                plain++;
            }
        }
        return text.isEmpty() ? 0 : (double) plain / text.length();
    }

    private static void refuseNulBytes(byte[] raw) throws NotTextException {
        if (hasNul(raw)) {
            throw new NotTextException("contains NUL bytes: binary, not text");
        }
    }

    private static boolean hasNul(byte[] raw) {
        for (byte b : raw) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static DecodedText strictUtf8(byte[] raw) {
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(raw));
            return new DecodedText(chars.toString(), "UTF-8", 100);
        } catch (CharacterCodingException notUtf8) {
            return null;
        }
    }

    /**
     * UTF-8 with a few broken sequences (a file cut in the middle of a character, one damaged byte) is
     * still UTF-8: a legacy double-byte text read as UTF-8 breaks almost everywhere.
     */
    private static DecodedText nearlyUtf8(byte[] raw) {
        String text = new String(raw, StandardCharsets.UTF_8);
        int broken = 0;
        int multiByte = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFFFD') {
                broken++;
            } else if (c >= 0x80) {
                multiByte++;
            }
        }
        if (multiByte >= MIN_MULTIBYTE_TO_JUDGE && broken <= ALLOWED_REPLACEMENTS + multiByte / 100 && broken * 4 <= multiByte) {
            return new DecodedText(text, "UTF-8", 90);
        }
        return null;
    }

    private DecodedText detected(byte[] raw) throws NotTextException {
        CharsetMatch[] matches = new CharsetDetector().setText(raw).detectAll();
        if (matches == null || matches.length == 0) {
            throw new NotTextException("no charset matches these bytes");
        }
        int gbConfidence = confidenceOf(matches, "GB18030");
        int big5Confidence = confidenceOf(matches, "Big5");
        CharsetMatch best = matches[0];
        boolean chineseLegacy = gbConfidence > 0 || big5Confidence > 0
                || best.getName().equals("GB18030") || best.getName().equals("Big5");
        if (!chineseLegacy) {
            String name = best.getName();
            if (!Charset.isSupported(name)) {
                throw new NotTextException("detected charset " + name + " is not supported");
            }
            return new DecodedText(new String(raw, Charset.forName(name)), name, best.getConfidence());
        }
        String asGb = new String(raw, GB18030);
        String asBig5 = new String(raw, BIG5);
        double gbScore = readability(asGb);
        double big5Score = readability(asBig5);
        DecodedText chosen = gbScore >= big5Score
                ? new DecodedText(asGb, "GB18030", Math.max(gbConfidence, 10))
                : new DecodedText(asBig5, "Big5", Math.max(big5Confidence, 10));
        refuseRandomHan(chosen);
        return chosen;
    }

    /**
     * Any bytes above 0x80 decode as some GB18030 characters; real Chinese text is mostly common
     * characters, random bytes are mostly rare ones.
     */
    private void refuseRandomHan(DecodedText decoded) throws NotTextException {
        String text = decoded.text();
        int han = 0;
        int common = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = CharSimplifier.simplify(text.charAt(i));
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han++;
                if (commonHan.test(c)) {
                    common++;
                }
            }
        }
        if (han >= MIN_HAN_TO_JUDGE && common < MIN_COMMON_HAN_SHARE * han) {
            throw new NotTextException("does not read as Chinese as " + decoded.charset() + " (" + common + " common of "
                    + han + " Chinese characters): binary or unknown encoding");
        }
    }

    private static int confidenceOf(CharsetMatch[] matches, String name) {
        for (CharsetMatch m : matches) {
            if (m.getName().equals(name)) {
                return m.getConfidence();
            }
        }
        return 0;
    }

    /**
     * Share of characters that are common Chinese (judged on the simplified form, so a traditional text
     * read as Big5 is not at a disadvantage) minus a heavy penalty per replacement character.
     */
    double readability(String text) {
        int common = 0;
        int replacements = 0;
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = CharSimplifier.simplify(text.charAt(i));
            if (c == '\uFFFD') {
                replacements++;
            } else if (Character.isLetter(c)) {
                letters++;
                if (commonHan.test(c)) {
                    common++;
                }
            }
        }
        if (letters + replacements == 0) {
            return 0;
        }
        return (common - 5.0 * replacements) / (letters + replacements);
    }

    private static void checkReadable(DecodedText decoded) throws NotTextException {
        String text = decoded.text();
        if (text.isBlank()) {
            throw new NotTextException("no text: only whitespace");
        }
        int control = 0;
        int replacement = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFFFD') {
                replacement++;
            } else if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == 0x7F) {
                control++;
            }
        }
        if (control > MAX_CONTROL_SHARE * text.length()) {
            throw new NotTextException("too many control characters (" + control + " of " + text.length()
                    + ") after decoding as " + decoded.charset() + ": binary, not text");
        }
        if (replacement > MAX_REPLACEMENT_SHARE * text.length() + ALLOWED_REPLACEMENTS) {
            throw new NotTextException("too many undecodable bytes (" + replacement + " of " + text.length()
                    + ") as " + decoded.charset() + ": unknown encoding or binary");
        }
    }
}
