package org.baogao.cleaning.pinyin;

import org.baogao.cleaning.model.CharModel;
import org.baogao.cleaning.model.Han;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which characters a toneless pinyin syllable can be written with, most frequent in report text first:
 * HanLP's pinyin dictionary read backwards, ranked by the {@link CharModel}.
 */
public final class PinyinIndex {
    private static final String HANLP_PINYIN = "/data/dictionary/pinyin/pinyin.txt";
    private static final int MAX_CANDIDATES = 40;

    private final Map<String, List<Character>> charsBySyllable = new HashMap<>();
    private static final Map<CharModel, PinyinIndex> BY_MODEL = new java.util.concurrent.ConcurrentHashMap<>();

    /** The index ranked by {@code model}, built once per model. */
    public static PinyinIndex of(CharModel model) {
        return BY_MODEL.computeIfAbsent(model, PinyinIndex::new);
    }

    public PinyinIndex(CharModel model) {
        Map<String, List<Character>> all = new HashMap<>();
        try (InputStream in = PinyinIndex.class.getResourceAsStream(HANLP_PINYIN)) {
            if (in == null) {
                throw new IllegalStateException("HanLP pinyin dictionary not on the classpath: " + HANLP_PINYIN);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                int eq = line.indexOf('=');
                if (eq != 1 || !Han.isHan(line.charAt(0)) || model.count(line.charAt(0)) == 0) {
                    continue;
                }
                for (String reading : line.substring(eq + 1).split(",")) {
                    String toneless = reading.replaceAll("[0-9]", "").replace('ü', 'v');
                    List<Character> chars = all.computeIfAbsent(toneless, k -> new ArrayList<>());
                    if (!chars.contains(line.charAt(0))) {
                        chars.add(line.charAt(0));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Map.Entry<String, List<Character>> e : all.entrySet()) {
            List<Character> chars = e.getValue();
            chars.sort(Comparator.comparingInt((Character c) -> model.count(c)).reversed());
            charsBySyllable.put(e.getKey(), List.copyOf(chars.subList(0, Math.min(MAX_CANDIDATES, chars.size()))));
        }
    }

    /** Characters read {@code syllable} (toneless), most frequent first; empty if none. */
    public List<Character> chars(String syllable) {
        return charsBySyllable.getOrDefault(syllable, List.of());
    }

    /**
     * Splits {@code letters} into pinyin syllables, preferring fewer (longer) syllables, or returns null
     * if it is not pinyin.
     */
    public List<String> syllables(String letters) {
        int n = letters.length();
        int[] best = new int[n + 1];
        int[] from = new int[n + 1];
        java.util.Arrays.fill(best, Integer.MAX_VALUE);
        best[0] = 0;
        for (int i = 0; i < n; i++) {
            if (best[i] == Integer.MAX_VALUE) {
                continue;
            }
            for (int len = 1; len <= PinyinSyllables.MAX_LENGTH && i + len <= n; len++) {
                String s = letters.substring(i, i + len);
                if (!chars(s).isEmpty() && best[i] + 1 < best[i + len]) {
                    best[i + len] = best[i] + 1;
                    from[i + len] = i;
                }
            }
        }
        if (best[n] == Integer.MAX_VALUE) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (int i = n; i > 0; i = from[i]) {
            out.add(0, letters.substring(from[i], i));
        }
        return out;
    }
}
