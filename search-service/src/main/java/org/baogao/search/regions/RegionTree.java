package org.baogao.search.regions;

import org.baogao.analysis.region.Division;
import org.baogao.analysis.region.Divisions;
import org.baogao.text.ChineseNormalizer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The GB/T 2260 divisions extraction resolves regions against ({@link Divisions}, the bundled snapshot) as a
 * tree, province → city → county/district, each node with the number of indexed reports about it or any
 * division inside it. Counts come from the index ({@code search.regionCodes} holds every code on a report's
 * path), so a node's count is what a filter on that node returns.
 */
public final class RegionTree {
    private static final Comparator<Division> BY_CODE = Comparator.comparing(Division::code);
    private static final Map<String, Integer> LEVEL_RANK = Map.of("province", 0, "city", 1, "county", 2, "district", 2);

    private final Divisions divisions;
    private final Map<String, List<Division>> children = new HashMap<>();
    private final List<Division> provinces = new ArrayList<>();

    public RegionTree(Divisions divisions) {
        this.divisions = divisions;
        for (Division d : divisions.all()) {
            if (d.parentCode() == null) {
                provinces.add(d);
            } else {
                children.computeIfAbsent(d.parentCode(), k -> new ArrayList<>()).add(d);
            }
        }
        provinces.sort(BY_CODE);
        children.values().forEach(list -> list.sort(BY_CODE));
    }

    /**
     * One division: its code, name, level, report count, and its children (down to {@code depth} levels;
     * null when not expanded).
     */
    public record Node(String code, String name, String level, long reports, List<Node> children) {
    }

    /** A division found by name, with the divisions above it and its children. */
    public record Match(Node region, List<Node> path) {
    }

    /**
     * The whole tree from the provinces down.
     *
     * @param withReportsOnly leave out divisions no indexed report is about
     */
    public List<Node> tree(Map<String, Long> counts, boolean withReportsOnly) {
        return nodes(provinces, counts, withReportsOnly, 3);
    }

    /**
     * Divisions whose name holds what was typed (traditional or simplified: 常州 → 常州市; 鐘樓 → 钟楼区), best first:
     * exact names, then names starting with it, then the rest; within each, larger divisions and those with more
     * reports first. Each comes with its children, so picking 常州市 also offers its districts.
     */
    public List<Match> find(String typed, Map<String, Long> counts, int limit) {
        String q = ChineseNormalizer.normalize(typed).strip();
        if (q.isEmpty()) {
            return List.of();
        }
        List<Division> found = new ArrayList<>();
        for (Division d : divisions.all()) {
            if (d.name().contains(q) || d.code().equals(q)) {
                found.add(d);
            }
        }
        found.sort(Comparator.comparingInt((Division d) -> d.name().equals(q) || d.code().equals(q) ? 0 : d.name().startsWith(q) ? 1 : 2)
                .thenComparingInt(d -> LEVEL_RANK.getOrDefault(d.level(), 3))
                .thenComparing(d -> -counts.getOrDefault(d.code(), 0L))
                .thenComparing(BY_CODE));
        List<Match> matches = new ArrayList<>();
        for (Division d : found.subList(0, Math.min(limit, found.size()))) {
            matches.add(new Match(node(d, counts, false, 1), path(d, counts)));
        }
        return matches;
    }

    private List<Node> path(Division d, Map<String, Long> counts) {
        List<Node> path = new ArrayList<>();
        for (Division up = divisions.parent(d); up != null; up = divisions.parent(up)) {
            path.add(0, node(up, counts, false, 0));
        }
        return path;
    }

    private List<Node> nodes(List<Division> list, Map<String, Long> counts, boolean withReportsOnly, int depth) {
        List<Node> nodes = new ArrayList<>();
        for (Division d : list) {
            if (!withReportsOnly || counts.getOrDefault(d.code(), 0L) > 0) {
                nodes.add(node(d, counts, withReportsOnly, depth - 1));
            }
        }
        return nodes;
    }

    private Node node(Division d, Map<String, Long> counts, boolean withReportsOnly, int depth) {
        List<Node> below = depth <= 0 ? null : nodes(children.getOrDefault(d.code(), List.of()), counts, withReportsOnly, depth);
        return new Node(d.code(), d.name(), d.level(), counts.getOrDefault(d.code(), 0L), below);
    }
}
