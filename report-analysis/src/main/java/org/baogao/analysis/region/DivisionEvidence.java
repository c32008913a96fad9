package org.baogao.analysis.region;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which division each name found in a text most plausibly refers to, and how much it counts.
 *
 * <p>A name is plausible when the text backs it: a full name (武进区) or a short name whose province or
 * city the text also names (钟楼 next to 常州). A short county or district name with no such backing is
 * most likely an ordinary word that happens to match (惠民 in 文化惠民, 太湖 the lake, 新平 inside 新平台);
 * it still counts a little, because a district report need not name its city. An ambiguous name (鼓楼区,
 * 朝阳) is given to the division whose ancestors the text names, and to none if it names none of them.
 */
public final class DivisionEvidence {
    /** What an unbacked short name still counts for. */
    static final double UNBACKED = 0.3;

    private final Divisions divisions;

    public DivisionEvidence(Divisions divisions) {
        this.divisions = divisions;
    }

    /** A mention with the division it refers to (null if undecided) and its weight. */
    public record Resolved(Divisions.Mention mention, Division division, double weight, boolean backed) {
    }

    public List<Resolved> resolve(List<Divisions.Mention> mentions) {
        return resolve(mentions, null);
    }

    /**
     * As {@link #resolve(List)}, and a short (or two-character) name must also be a word of its own in
     * the segmentation: 和政 inside 和政策 starts a word but ends inside the next one.
     *
     * @param wordEdges offsets where a word of the text starts or ends, or null to skip the check
     */
    public List<Resolved> resolve(List<Divisions.Mention> mentions, BitSet wordEdges) {
        Set<String> named = new HashSet<>();
        for (Divisions.Mention m : mentions) {
            if (!m.ambiguous()) {
                named.add(m.uses().get(0).division().code());
            }
        }
        List<Resolved> out = new ArrayList<>(mentions.size());
        for (Divisions.Mention m : mentions) {
            if (!m.ambiguous()) {
                Divisions.NameUse use = m.uses().get(0);
                // Two-character full names (高县, 和县, 沙县) collide with words as easily as short names do.
                boolean wordLike = use.shortName() || m.name().length() <= 2;
                if (wordLike && wordEdges != null && !(wordEdges.get(m.start()) && wordEdges.get(m.end()))) {
                    out.add(new Resolved(m, null, 0, false));
                    continue;
                }
                // A name the dictionary knows mainly as a word (钟楼, 和平) needs its own city named next to it.
                boolean backed = !wordLike || !belowCity(use.division())
                        || (use.weight() >= 1.0 ? ancestorNamed(use.division(), named) : parentNamed(use.division(), named));
                out.add(new Resolved(m, use.division(), use.weight() * (backed ? 1 : UNBACKED), backed));
                continue;
            }
            Divisions.NameUse chosen = null;
            int backers = 0;
            for (Divisions.NameUse use : m.uses()) {
                if (ancestorNamed(use.division(), named)) {
                    chosen = use;
                    backers++;
                }
            }
            if (backers == 1) {
                out.add(new Resolved(m, chosen.division(), chosen.weight(), true));
            } else {
                out.add(new Resolved(m, null, 0, false));
            }
        }
        return out;
    }

    private boolean parentNamed(Division d, Set<String> named) {
        Division parent = divisions.parent(d);
        return parent != null && named.contains(parent.code());
    }

    private boolean ancestorNamed(Division d, Set<String> named) {
        for (Division p = divisions.parent(d); p != null; p = divisions.parent(p)) {
            if (named.contains(p.code())) {
                return true;
            }
        }
        return false;
    }

    /** Counties and districts: their short names are the ones that collide with ordinary words. */
    private static boolean belowCity(Division d) {
        return d.level().equals("county") || d.level().equals("district");
    }
}
