package org.baogao.cleaning.decoding;

/**
 * Bytes decoded to text.
 *
 * @param text       the decoded text, BOM removed
 * @param charset    the charset's canonical name (UTF-8, UTF-16LE, GB18030, Big5...)
 * @param confidence 0..100: 100 for a BOM or strictly valid UTF-8, else the detector's confidence
 */
public record DecodedText(String text, String charset, int confidence) {
}
