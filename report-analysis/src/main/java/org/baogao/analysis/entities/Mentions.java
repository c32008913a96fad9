package org.baogao.analysis.entities;

import org.baogao.contracts.Entity;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names found for one kind of entity, with how often and where first each occurs. A finder records
 * the occurrences it saw in context; {@link #recount} then counts every occurrence of the names in the
 * whole text (a company introduced in a list is often named again alone), longest name first so that
 * 常州大学 is not also counted as 常州. One scan, looking up names by their first character: building an
 * automaton per report would cost more than the scan saves.
 */
final class Mentions {
    private final Map<String, int[]> seen = new LinkedHashMap<>();

    void add(String name, int start) {
        int[] s = seen.computeIfAbsent(name, k -> new int[]{0, start});
        s[0]++;
        s[1] = Math.min(s[1], start);
    }

    Set<String> names() {
        return seen.keySet();
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
        // Names by first character, longest first, for one leftmost-longest scan of the text.
        Map<Character, List<String>> byFirst = new HashMap<>();
        BitSet firsts = new BitSet(Character.MAX_VALUE + 1);
        seen.keySet().stream().filter(n -> !n.isEmpty())
                .sorted(Comparator.comparingInt(String::length).reversed())
                .forEach(n -> {
                    byFirst.computeIfAbsent(n.charAt(0), k -> new ArrayList<>()).add(n);
                    firsts.set(n.charAt(0));
                });
        Map<String, int[]> counted = new HashMap<>();
        for (int i = 0; i < text.length(); i++) {
            if (!firsts.get(text.charAt(i))) {
                continue;
            }
            List<String> names = byFirst.get(text.charAt(i));
            if (names == null) {
                continue;
            }
            for (String name : names) {
                if (text.startsWith(name, i)) {
                    int at = i;
                    counted.computeIfAbsent(name, k -> new int[]{0, at})[0]++;
                    i += name.length() - 1;
                    break;
                }
            }
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
