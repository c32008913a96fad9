package org.baogao.analysis.keywords;

import org.baogao.analysis.terms.ReportTerms;
import org.baogao.contracts.Keyword;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Key phrases by TF-IDF: candidate noun phrases of the report ({@link KeywordCandidates}) weighted by
 * how rare they are in the national corpus. A phrase must occur at least twice, and a phrase contained
 * in a better-ranked one (汽车 in 新能源汽车) with no more occurrences of its own is dropped. In a short text,
 * where few phrases repeat, single occurrences count as well.
 */
public final class KeywordRanker {
    private static final int MAX_KEYWORDS = 20;
    private static final int MIN_OCCURRENCES = 2;

    private final DocumentFrequencies frequencies;

    private static boolean containsName(String phrase, Set<String> names) {
        for (String name : names) {
            if (phrase.contains(name) || name.contains(phrase)) {
                return true;
            }
        }
        return false;
    }

    public KeywordRanker() {
        this(DocumentFrequencies.national());
    }

    public KeywordRanker(DocumentFrequencies frequencies) {
        this.frequencies = frequencies;
    }

    public List<Keyword> rank(ReportTerms terms) {
        return rank(terms, Set.of());
    }

    /**
     * @param names entity names of the report (places, people, organizations): they are not key phrases,
     *              and neither is a phrase that contains one (武进经验) or is part of one (柯桥 of 柯桥区)
     */
    public List<Keyword> rank(ReportTerms terms, Set<String> names) {
        Map<String, Integer> tf = new HashMap<>();
        KeywordCandidates.forEach(terms.terms(), (phrase, offset) -> tf.merge(phrase, 1, Integer::sum));
        // A short text repeats little: there, phrases said once count too.
        long repeated = tf.values().stream().filter(n -> n >= MIN_OCCURRENCES).count();
        int minimum = repeated >= MAX_KEYWORDS / 2 ? MIN_OCCURRENCES : 1;
        List<Map.Entry<String, Double>> scored = new ArrayList<>();
        tf.forEach((phrase, n) -> {
            if (n >= minimum) {
                // Longer phrases say more (新能源汽车 over 汽车); a mild boost per extra character.
                double specificity = 1 + 0.1 * (phrase.length() - 2);
                scored.add(Map.entry(phrase, (1 + Math.log(n)) * frequencies.idf(phrase) * specificity));
            }
        });
        scored.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<Keyword> out = new ArrayList<>();
        for (Map.Entry<String, Double> e : scored) {
            if (out.size() == MAX_KEYWORDS) {
                break;
            }
            String phrase = e.getKey();
            if (containsName(phrase, names)) {
                continue; // checked only for phrases that would make the list: names are many, the list short
            }
            boolean subsumed = out.stream().anyMatch(k -> k.text().contains(phrase) && tf.get(k.text()) >= tf.get(phrase));
            if (!subsumed) {
                out.add(new Keyword(phrase, Math.round(e.getValue() * 1000) / 1000.0));
            }
        }
        return out;
    }
}
