package org.baogao.analysis.entities;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import org.baogao.contracts.Entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Names found for one kind of entity, with how often and where first each occurs. A finder records
 * the occurrences it saw in context; {@link #recount} then counts every occurrence of the names in the
 * whole text (a company introduced in a list is often named again alone), longest name first so that
 * 常州大学 is not also counted as 常州.
 */
final class Mentions {
    private final Map<String, int[]> seen = new LinkedHashMap<>();

    void add(String name, int start) {
        int[] s = seen.computeIfAbsent(name, k -> new int[]{0, start});
        s[0]++;
        s[1] = Math.min(s[1], start);
    }

    boolean contains(String name) {
        return seen.containsKey(name);
    }

    void remove(String name) {
        seen.remove(name);
    }

    /** Counts every name's occurrences in {@code text}; keeps the finder's count if that is higher. */
    Mentions recount(String text) {
        if (seen.isEmpty()) {
            return this;
        }
        TreeMap<String, String> names = new TreeMap<>();
        seen.keySet().forEach(n -> names.put(n, n));
        AhoCorasickDoubleArrayTrie<String> trie = new AhoCorasickDoubleArrayTrie<>();
        trie.build(names);
        var hits = trie.parseText(text);
        hits.sort((a, b) -> a.begin != b.begin ? Integer.compare(a.begin, b.begin) : Integer.compare(b.end, a.end));
        Map<String, int[]> counted = new LinkedHashMap<>();
        int covered = 0;
        for (var hit : hits) {
            if (hit.begin < covered) {
                continue;
            }
            int[] c = counted.computeIfAbsent(hit.value, k -> new int[]{0, hit.begin});
            c[0]++;
            covered = hit.end;
        }
        counted.forEach((name, c) -> {
            int[] s = seen.get(name);
            s[0] = Math.max(s[0], c[0]);
            s[1] = Math.min(s[1], c[1]);
        });
        return this;
    }

    List<Entity> entities() {
        List<Entity> out = new ArrayList<>();
        seen.forEach((name, s) -> out.add(new Entity(name, s[0], s[1])));
        out.sort(Comparator.comparingInt(Entity::start));
        return out;
    }
}
