package org.baogao.analysis.terms;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Several {@link PhraseSet}s counted in one pass over a text: a part that weighs groups of cue words
 * against each other (区委/全区 against 市委/全市, 各位代表 against 本报讯) reads a report once, not once per group.
 * Counts are those of the groups' own {@link PhraseSet#count}: overlapping occurrences included.
 */
public final class PhraseTally {
    private final AhoCorasickDoubleArrayTrie<int[]> trie = new AhoCorasickDoubleArrayTrie<>();
    private final int groups;

    /** @param groups phrases of each group; {@link #count} answers in this order */
    public PhraseTally(List<? extends Iterable<String>> groups) {
        this.groups = groups.size();
        TreeMap<String, Set<Integer>> byPhrase = new TreeMap<>();
        for (int g = 0; g < groups.size(); g++) {
            for (String phrase : groups.get(g)) {
                byPhrase.computeIfAbsent(phrase, k -> new LinkedHashSet<>()).add(g);
            }
        }
        TreeMap<String, int[]> map = new TreeMap<>();
        byPhrase.forEach((phrase, gs) -> map.put(phrase, new ArrayList<>(gs).stream().mapToInt(Integer::intValue).toArray()));
        trie.build(map);
    }

    /** Occurrences of each group's phrases in {@code text}, by group index. */
    public int[] count(String text) {
        int[] counts = new int[groups];
        trie.parseText(text, (begin, end, gs) -> {
            for (int g : gs) {
                counts[g]++;
            }
        });
        return counts;
    }
}
