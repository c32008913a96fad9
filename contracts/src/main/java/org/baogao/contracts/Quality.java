package org.baogao.contracts;

import java.util.List;

/**
 * What cleaning did to the raw text.
 *
 * @param repairs what was changed (and how)
 * @param flags   what looked wrong and was left out or left alone
 * @param ocr     how OCR went, when text was read from images; null otherwise
 */
public record Quality(List<QualityEntry> repairs, List<QualityEntry> flags, OcrQuality ocr) {
    public static final Quality CLEAN = new Quality(List.of(), List.of());

    public Quality(List<QualityEntry> repairs, List<QualityEntry> flags) {
        this(repairs, flags, null);
    }

    public Quality {
        repairs = repairs == null ? List.of() : List.copyOf(repairs);
        flags = flags == null ? List.of() : List.copyOf(flags);
    }
}
