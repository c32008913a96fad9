package org.baogao.cleaning.model;

/**
 * How much a string reads like report Chinese under the {@link CharModel}: the bigram log-probability of
 * its characters, with the usual punctuation treated as neutral and symbols that real report text does
 * not use (bopomofo, box drawing, kana, replacement characters) as very unlikely.
 */
public final class ChineseScore {
    private static final double SYMBOL = Math.log(1e-7);
    private static final double PUNCTUATION = Math.log(0.02);
    private static final String COMMON_PUNCTUATION = "，。、；：？！“”‘’（）《》—…·,.;:?!()%-0123456789 ";

    private final CharModel model;

    public ChineseScore(CharModel model) {
        this.model = model;
    }

    /** Total log-probability of {@code s}, each character conditioned on the one before ({@code before} for the first). */
    public double score(char before, CharSequence s) {
        double total = 0;
        char prev = CharSimplifier.simplify(before);
        for (int i = 0; i < s.length(); i++) {
            char c = CharSimplifier.simplify(s.charAt(i));
            total += charScore(prev, c);
            prev = c;
        }
        return total;
    }

    /** log-probability of {@code c} after {@code prev}, both already simplified. */
    public double charScore(char prev, char c) {
        if (Han.isHan(c)) {
            return Han.isHan(prev) ? model.logProb(prev, c) : model.logProb(c);
        }
        if (COMMON_PUNCTUATION.indexOf(c) >= 0 || Character.isLetterOrDigit(c) && c < 0x80) {
            return PUNCTUATION;
        }
        return SYMBOL;
    }

    public CharModel model() {
        return model;
    }
}
