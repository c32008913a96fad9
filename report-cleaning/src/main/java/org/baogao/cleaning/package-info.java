/**
 * Report cleaning: {@link org.baogao.cleaning.ReportCleaner#clean(byte[])} decodes the bytes
 * ({@code decoding}) and runs a chain of {@link org.baogao.cleaning.edit.CleaningStage}s over an
 * {@link org.baogao.cleaning.edit.EditableText} that keeps every offset mapped back into the decoded raw text.
 * One package per kind of noise: {@code mojibake} (GBK byte-shift repair), {@code pinyin} (readings after
 * characters, censored words written in pinyin), {@code normalize} (invisible characters, widths, script),
 * {@code header} (portal metadata, bylines), {@code layout} (page furniture, footers, broken lines, blank
 * lines), {@code junk} (characters injected into sentences). The evidence the repairs weigh is the
 * {@link org.baogao.cleaning.model.CharModel}, character statistics of real reports.
 */
package org.baogao.cleaning;
