package org.baogao.cleaning.model;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;

/**
 * Character unigram and bigram counts of real report text (simplified, widths folded), the evidence the
 * repair stages weigh: whether a character is common, whether two characters are seen together. Built from
 * the national reports corpus by {@code CharModelRegeneration} (test sources) into
 * {@value #RESOURCE}; bigrams are counted between CJK ideographs only. It also knows which pairs occur
 * inside words of HanLP's core dictionary, evidence for pairs the corpus is too small to have seen.
 */
public final class CharModel {
    public static final String RESOURCE = "/org/baogao/cleaning/model/char-model.bin.gz";
    static final int MAGIC = 0xBA09C0DE;

    /** Seen at least this often in the corpus: a common character of report text. */
    private static final int COMMON_COUNT = 3;

    private final int[] unigram = new int[65536];
    private final long total;
    private final BigramTable bigrams;
    private final BigramTable wordBigrams;
    /** Dense index (1..TOP) of the most frequent characters, 0 for the rest. */
    private final short[] topIndex = new short[65536];
    /** For pairs of top characters, whether the pair is plausible: one bit each, small enough to stay in cache. */
    private final long[] plausibleTopPairs;
    private static final int TOP = 2047;
    /** A pair seen at least this often in the corpus is plausible. */
    public static final int PLAUSIBLE_COUNT = 3;

    private static volatile CharModel standard;

    CharModel(int[] unigramCounts, BigramTable bigrams, BigramTable wordBigrams) {
        System.arraycopy(unigramCounts, 0, unigram, 0, unigram.length);
        long sum = 0;
        for (int c : unigram) {
            sum += c;
        }
        this.total = Math.max(1, sum);
        this.bigrams = bigrams;
        this.wordBigrams = wordBigrams;
        this.plausibleTopPairs = indexTopPairs();
    }

    private long[] indexTopPairs() {
        Integer[] chars = new Integer[65536];
        for (int c = 0; c < chars.length; c++) {
            chars[c] = c;
        }
        java.util.Arrays.sort(chars, (x, y) -> Integer.compare(unigram[y], unigram[x]));
        char[] top = new char[TOP + 1];
        int n = 0;
        for (int k = 0; k < chars.length && n < TOP; k++) {
            char c = (char) (int) chars[k];
            if (Han.isHan(c) && unigram[c] > 0) {
                n++;
                topIndex[c] = (short) n;
                top[n] = c;
            }
        }
        long[] bits = new long[((TOP + 1) * (TOP + 1) + 63) / 64];
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= n; j++) {
                if (bigrams.get(top[i], top[j]) >= PLAUSIBLE_COUNT || wordBigrams.get(top[i], top[j]) > 0) {
                    int bit = i * (TOP + 1) + j;
                    bits[bit >>> 6] |= 1L << bit;
                }
            }
        }
        return bits;
    }

    /** The model shipped with the module, loaded once. */
    public static CharModel standard() {
        CharModel m = standard;
        if (m == null) {
            synchronized (CharModel.class) {
                m = standard;
                if (m == null) {
                    m = load();
                    standard = m;
                }
            }
        }
        return m;
    }

    static CharModel load() {
        try (InputStream in = CharModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return read(new DataInputStream(new java.io.BufferedInputStream(new GZIPInputStream(in))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CharModel read(DataInputStream in) throws IOException {
        if (in.readInt() != MAGIC) {
            throw new IOException("not a char model");
        }
        int[] uni = new int[65536];
        int nUni = in.readInt();
        for (int i = 0; i < nUni; i++) {
            uni[in.readChar()] = in.readInt();
        }
        int nBi = in.readInt();
        BigramTable table = new BigramTable(nBi);
        for (int i = 0; i < nBi; i++) {
            char a = in.readChar();
            char b = in.readChar();
            table.put(a, b, in.readInt());
        }
        int nWord = in.readInt();
        BigramTable words = new BigramTable(nWord);
        for (int i = 0; i < nWord; i++) {
            words.put(in.readChar(), in.readChar(), 1);
        }
        return new CharModel(uni, table, words);
    }

    public int count(char c) {
        return unigram[c];
    }

    public int count(char a, char b) {
        return bigrams.get(a, b);
    }

    /**
     * The pair is seen at least {@value #PLAUSIBLE_COUNT} times in report text or occurs inside a dictionary
     * word. Answered from a cache-sized bit set for the most frequent characters.
     */
    public boolean isPlausiblePair(char a, char b) {
        int i = topIndex[a];
        int j = topIndex[b];
        if (i != 0 && j != 0) {
            int bit = i * (TOP + 1) + j;
            return (plausibleTopPairs[bit >>> 6] & (1L << bit)) != 0;
        }
        return bigrams.get(a, b) >= PLAUSIBLE_COUNT || wordBigrams.get(a, b) > 0;
    }

    /** {@code a} and {@code b} stand next to each other inside some word of HanLP's core dictionary. */
    public boolean inDictionaryWord(char a, char b) {
        return wordBigrams.get(a, b) > 0;
    }

    public boolean isCommon(char c) {
        return unigram[c] >= COMMON_COUNT;
    }

    public long total() {
        return total;
    }

    /** log P(c), add-half smoothed. */
    public double logProb(char c) {
        return Math.log((unigram[c] + 0.5) / (total + 32768.0));
    }

    /** log P(b | a), interpolated with P(b) so unseen pairs of common characters are unlikely, not impossible. */
    public double logProb(char a, char b) {
        double pb = (unigram[b] + 0.5) / (total + 32768.0);
        double ab = bigrams.get(a, b);
        return Math.log((ab + 2.0 * pb) / (unigram[a] + 2.0));
    }

    /**
     * Open addressing table from a character pair to its count, key and count side by side in one array so
     * a lookup touches one cache line.
     */
    static final class BigramTable {
        private final int[] slots;
        private final int mask;

        BigramTable(int expected) {
            int capacity = Integer.highestOneBit(Math.max(16, expected * 2)) << 1;
            slots = new int[capacity * 2];
            mask = capacity - 1;
        }

        void put(char a, char b, int count) {
            int key = key(a, b);
            int i = slot(key);
            while (slots[2 * i + 1] != 0 && slots[2 * i] != key) {
                i = (i + 1) & mask;
            }
            slots[2 * i] = key;
            slots[2 * i + 1] = count;
        }

        int get(char a, char b) {
            int key = key(a, b);
            int i = slot(key);
            int count;
            while ((count = slots[2 * i + 1]) != 0) {
                if (slots[2 * i] == key) {
                    return count;
                }
                i = (i + 1) & mask;
            }
            return 0;
        }

        private static int key(char a, char b) {
            return (a << 16) | b;
        }

        private int slot(int key) {
            int h = key * 0x9E3779B9;
            return (h ^ (h >>> 15)) & mask;
        }
    }
}
