package org.baogao.search.regions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.baogao.search.web.BadRequestException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/** {@code /api/regions}: the GB/T 2260 divisions as a tree with report counts, and found by typing a name. */
@RestController
public class RegionsController {
    static final int MAX_MATCHES = 50;

    private final RegionTree tree;
    private final RegionCounts counts;

    public RegionsController(RegionTree tree, RegionCounts counts) {
        this.tree = tree;
        this.counts = counts;
    }

    /** @param national the reports about the whole country (region 中国, no code) */
    public record Tree(long national, List<RegionTree.Node> provinces) {
    }

    public record Matches(String q, List<RegionTree.Match> matches) {
    }

    @Operation(summary = "Province → city → county/district, each with the number of reports about it or a division inside it")
    @GetMapping("/api/regions/tree")
    public Tree tree(@Parameter(description = "only divisions with at least one report (default true)")
                     @RequestParam(defaultValue = "true") boolean withReports) throws IOException {
        Map<String, Long> byCode = counts.byCode();
        return new Tree(byCode.getOrDefault(RegionCounts.NATIONAL, 0L), tree.tree(byCode, withReports));
    }

    @Operation(summary = "Divisions whose name holds what was typed (常州 → 常州市 with its districts), best first")
    @GetMapping("/api/regions")
    public Matches find(@Parameter(description = "part of a name, simplified or traditional, or a code", required = true)
                        @RequestParam String q,
                        @RequestParam(defaultValue = "10") int limit) throws IOException {
        if (q.isBlank() || q.length() > 32) {
            throw new BadRequestException("q", "q is 1 to 32 characters of a region name");
        }
        if (limit < 1 || limit > MAX_MATCHES) {
            throw new BadRequestException("limit", "limit is between 1 and " + MAX_MATCHES);
        }
        return new Matches(q, tree.find(q, counts.byCode(), limit));
    }
}
