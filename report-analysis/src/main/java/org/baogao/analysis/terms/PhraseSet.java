package org.baogao.analysis.terms;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;

import java.util.List;
import java.util.TreeMap;

/**
 * A fixed set of cue words found in one pass over a text (Aho-Corasick). Java regular expressions try
 * every alternative of {@code 区委|区政府|全区|…} at every position; on reports of tens of thousands of
 * characters that costs more than the segmentation it sits beside.
 */
public final class PhraseSet {
    private final AhoCorasickDoubleArrayTrie<String> trie = new AhoCorasickDoubleArrayTrie<>();

    public PhraseSet(List<String> phrases) {
        this.phrases = List.copyOf(phrases);
        TreeMap<String, String> map = new TreeMap<>();
        phrases.forEach(p -> map.put(p, p));
        trie.build(map);
    }

    private final List<String> phrases;

    public static PhraseSet of(String... phrases) {
        return new PhraseSet(List.of(phrases));
    }

    /** This set and {@code more}. */
    public PhraseSet with(String... more) {
        List<String> all = new java.util.ArrayList<>(phrases);
        all.addAll(List.of(more));
        return new PhraseSet(all);
    }

    /** Occurrences in {@code text}, overlapping ones included. */
    public int count(String text) {
        int[] n = {0};
        trie.parseText(text, (begin, end, value) -> n[0]++);
        return n[0];
    }

    /** Calls {@code hit} for every occurrence, in order of end offset. */
    public void forEach(String text, Hit hit) {
        trie.parseText(text, hit::found);
    }

    @FunctionalInterface
    public interface Hit {
        void found(int begin, int end, String phrase);
    }
}
