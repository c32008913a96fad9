package org.baogao.analysis.topics;

import org.baogao.text.TsvResource;
import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import org.baogao.contracts.Topic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Tags a report with policy areas and industries from the project's taxonomy (resource
 * {@code topics.tsv}): every cue occurrence adds its weight to its tag (strong cues 2, weak cues 0.5),
 * and a tag whose score reaches {@link #THRESHOLD} is assigned. One scan of the text finds all cues.
 */
public final class TopicTagger {
    public static final double THRESHOLD = 2;
    private static final String RESOURCE = "topics.tsv";
    private static final Taxonomy TAXONOMY = load();

    public List<Topic> tag(String text) {
        double[] score = new double[TAXONOMY.tags.size()];
        TAXONOMY.cues.parseText(text, (begin, end, cues) -> {
            for (Cue cue : cues) {
                score[cue.tag] += cue.weight;
            }
        });
        List<Topic> out = new ArrayList<>();
        for (int i = 0; i < score.length; i++) {
            if (score[i] >= THRESHOLD) {
                Tag tag = TAXONOMY.tags.get(i);
                out.add(new Topic(tag.name, tag.category, score[i]));
            }
        }
        out.sort(Comparator.comparingDouble(Topic::score).reversed());
        return out;
    }

    /** Tag names and categories of the taxonomy, in file order. */
    public static Map<String, String> taxonomy() {
        Map<String, String> out = new LinkedHashMap<>();
        TAXONOMY.tags.forEach(t -> out.put(t.name, t.category));
        return out;
    }

    private static Taxonomy load() {
        List<Tag> tags = new ArrayList<>();
        TreeMap<String, List<Cue>> cues = new TreeMap<>();
        for (String[] f : TsvResource.rows(TopicTagger.class, RESOURCE)) {
            int tag = tags.size();
            tags.add(new Tag(f[0], f[1]));
            addCues(cues, f.length > 2 ? f[2] : "", tag, 2);
            addCues(cues, f.length > 3 ? f[3] : "", tag, 0.5);
        }
        AhoCorasickDoubleArrayTrie<List<Cue>> trie = new AhoCorasickDoubleArrayTrie<>();
        trie.build(cues);
        return new Taxonomy(tags, trie);
    }

    private static void addCues(TreeMap<String, List<Cue>> cues, String field, int tag, double weight) {
        for (String cue : field.split(",")) {
            String c = cue.strip();
            if (!c.isEmpty()) {
                cues.computeIfAbsent(c, k -> new ArrayList<>()).add(new Cue(tag, weight));
            }
        }
    }

    private record Tag(String name, String category) {
    }

    private record Cue(int tag, double weight) {
    }

    private record Taxonomy(List<Tag> tags, AhoCorasickDoubleArrayTrie<List<Cue>> cues) {
    }
}
