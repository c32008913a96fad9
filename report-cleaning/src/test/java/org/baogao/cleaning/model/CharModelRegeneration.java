package org.baogao.cleaning.model;

import org.baogao.contracts.ContractJson;
import org.baogao.text.ChineseNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/**
 * Regenerates {@link CharModel#RESOURCE} from the national reports corpus (normalized the way cleaning
 * normalizes: widths folded, simplified). Not part of the normal build; run it after the corpus changes:
 * <pre>./mvnw -o -q -pl report-cleaning test -Dtest=CharModelRegeneration -DregenerateCharModel=/work/shared/corpus/national-gwr.jsonl</pre>
 */
@EnabledIfSystemProperty(named = "regenerateCharModel", matches = ".+")
class CharModelRegeneration {

    @Test
    void regenerate() throws IOException {
        Path corpus = Path.of(System.getProperty("regenerateCharModel"));
        Path out = Path.of("src/main/resources" + CharModel.RESOURCE);
        int[] uni = new int[65536];
        Map<Integer, Integer> bi = new TreeMap<>();
        List<String> lines = Files.readAllLines(corpus, StandardCharsets.UTF_8);
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            Map<?, ?> report = ContractJson.fromJson(line, Map.class);
            String content = ChineseNormalizer.normalize(String.valueOf(report.get("content")));
            for (int i = 0; i < content.length(); i++) {
                char c = content.charAt(i);
                uni[c]++;
                if (i + 1 < content.length() && Han.isHan(c) && Han.isHan(content.charAt(i + 1))) {
                    bi.merge((c << 16) | content.charAt(i + 1), 1, Integer::sum);
                }
            }
        }
        Set<Integer> wordBigrams = dictionaryWordBigrams(uni);
        Files.createDirectories(out.getParent());
        try (OutputStream file = Files.newOutputStream(out);
             DataOutputStream data = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(file)))) {
            data.writeInt(CharModel.MAGIC);
            int nUni = 0;
            for (int c : uni) {
                if (c > 0) {
                    nUni++;
                }
            }
            data.writeInt(nUni);
            for (int c = 0; c < uni.length; c++) {
                if (uni[c] > 0) {
                    data.writeChar(c);
                    data.writeInt(uni[c]);
                }
            }
            data.writeInt(bi.size());
            for (Map.Entry<Integer, Integer> e : bi.entrySet()) {
                data.writeChar(e.getKey() >>> 16);
                data.writeChar(e.getKey() & 0xFFFF);
                data.writeInt(e.getValue());
            }
            data.writeInt(wordBigrams.size());
            for (int pair : wordBigrams) {
                data.writeChar(pair >>> 16);
                data.writeChar(pair & 0xFFFF);
            }
        }
    }

    /**
     * Adjacent character pairs inside the words of HanLP's core and custom dictionaries, found by walking its double-array
     * trie over the characters HanLP has readings for (the trie does not list its keys).
     */
    private static Set<Integer> dictionaryWordBigrams(int[] corpusUnigrams) throws IOException {
        Set<Character> alphabet = new TreeSet<>();
        try (var in = CharModelRegeneration.class.getResourceAsStream("/data/dictionary/pinyin/pinyin.txt");
             var reader = new java.io.BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                for (int i = 0; i < line.indexOf('=') && i >= 0; i++) {
                    if (Han.isHan(line.charAt(i))) {
                        alphabet.add(line.charAt(i));
                    }
                }
            }
        }
        for (int c = 0; c < corpusUnigrams.length; c++) {
            if (corpusUnigrams[c] > 0 && Han.isHan((char) c)) {
                alphabet.add((char) c);
            }
        }
        char[] chars = new char[alphabet.size()];
        int k = 0;
        for (char c : alphabet) {
            chars[k++] = c;
        }
        Set<Integer> pairs = new TreeSet<>();
        walk(CoreDictionary.trie, chars, pairs);
        walk(CustomDictionary.DEFAULT.dat, chars, pairs);
        return pairs;
    }

    private static void walk(DoubleArrayTrie<?> trie, char[] chars, Set<Integer> pairs) {
        Deque<int[]> stack = new ArrayDeque<>();
        for (char c : chars) {
            int state = trie.transition(c, trie.getBase()[0]);
            if (state > 0) {
                stack.push(new int[]{state, c});
            }
        }
        while (!stack.isEmpty()) {
            int[] node = stack.pop();
            for (char c : chars) {
                int next = trie.transition(c, node[0]);
                if (next > 0) {
                    pairs.add((node[1] << 16) | c);
                    stack.push(new int[]{next, c});
                }
            }
        }
    }
}
