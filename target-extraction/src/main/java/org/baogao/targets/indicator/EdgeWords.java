package org.baogao.targets.indicator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A word list looked up by a phrase's first or last character: peeling 推进/增长 off a lead tries only the
 * words that can fit there, in the list's own order (longest first), instead of every word of the list on
 * every round of every lead.
 */
final class EdgeWords {
    private static final String[] NONE = new String[0];

    private final Map<Character, String[]> byFirst;
    private final Map<Character, String[]> byLast;
    private final Set<String> all;

    /** @param words in the order they are to be tried */
    EdgeWords(String[] words) {
        this.byFirst = index(words, true);
        this.byLast = index(words, false);
        this.all = new HashSet<>(List.of(words));
    }

    /** The words {@code s} may start with, in list order. */
    String[] startingAs(String s) {
        return s.isEmpty() ? NONE : byFirst.getOrDefault(s.charAt(0), NONE);
    }

    /** The words {@code s} may end with, in list order. */
    String[] endingAs(String s) {
        return s.isEmpty() ? NONE : byLast.getOrDefault(s.charAt(s.length() - 1), NONE);
    }

    boolean contains(String s) {
        return all.contains(s);
    }

    private static Map<Character, String[]> index(String[] words, boolean first) {
        Map<Character, List<String>> lists = new HashMap<>();
        for (String w : words) {
            if (!w.isEmpty()) {
                lists.computeIfAbsent(w.charAt(first ? 0 : w.length() - 1), k -> new ArrayList<>()).add(w);
            }
        }
        Map<Character, String[]> out = new HashMap<>();
        lists.forEach((c, l) -> out.put(c, l.toArray(String[]::new)));
        return out;
    }
}
