package org.baogao.relevance;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Prints the scores: one line per query (with its top hits and their grades), then means per kind and overall. */
public final class ScoreReport {
    private final List<QueryScore> scores;

    public ScoreReport(List<QueryScore> scores) {
        this.scores = List.copyOf(scores);
    }

    public record Mean(String kind, int queries, double precisionAt5, double idealPrecisionAt5, double ndcgAt10) {
    }

    /** Means per kind, in the order kinds first appear, and last the mean over all queries (kind {@code all}). */
    public List<Mean> means() {
        Map<String, List<QueryScore>> byKind = scores.stream()
                .collect(Collectors.groupingBy(s -> s.query().kind(), LinkedHashMap::new, Collectors.toList()));
        List<Mean> means = new ArrayList<>();
        byKind.forEach((kind, list) -> means.add(mean(kind, list)));
        means.add(mean("all", scores));
        return means;
    }

    private static Mean mean(String kind, List<QueryScore> list) {
        return new Mean(kind, list.size(),
                list.stream().mapToDouble(QueryScore::precisionAt5).average().orElse(0),
                list.stream().mapToDouble(QueryScore::idealPrecisionAt5).average().orElse(0),
                list.stream().mapToDouble(QueryScore::ndcgAt10).average().orElse(0));
    }

    public void printText(PrintStream out) {
        out.printf("%-10s %5s %8s %6s  %s%n", "query", "P@5", "nDCG@10", "hits", "q [filters] -> top hits (grade)");
        for (QueryScore s : scores) {
            out.printf("%-10s %5.2f %8.3f %6d  %s%s -> %s%n", s.query().id(), s.precisionAt5(), s.ndcgAt10(), s.total(),
                    s.query().query(), s.query().filters().isEmpty() ? "" : " " + s.query().filters(), top(s, 5));
        }
        out.println();
        out.printf("%-10s %7s %6s %10s %8s%n", "kind", "queries", "P@5", "ideal P@5", "nDCG@10");
        for (Mean m : means()) {
            out.printf("%-10s %7d %6.3f %10.3f %8.3f%n", m.kind(), m.queries(), m.precisionAt5(), m.idealPrecisionAt5(), m.ndcgAt10());
        }
    }

    public void printMarkdown(PrintStream out) {
        out.println("| kind | queries | mean P@5 | best reachable P@5 | mean nDCG@10 |");
        out.println("|---|---:|---:|---:|---:|");
        for (Mean m : means()) {
            out.printf("| %s | %d | %.3f | %.3f | %.3f |%n", m.kind().equals("all") ? "**all**" : m.kind(), m.queries(),
                    m.precisionAt5(), m.idealPrecisionAt5(), m.ndcgAt10());
        }
        out.println();
        out.println("| id | query | filters | P@5 | nDCG@10 | top 5 (grade) |");
        out.println("|---|---|---|---:|---:|---|");
        for (QueryScore s : scores) {
            String filters = s.query().filters().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; "));
            out.printf("| %s | %s | %s | %.2f | %.3f | %s |%n", s.query().id(), s.query().query(), filters,
                    s.precisionAt5(), s.ndcgAt10(), top(s, 5));
        }
    }

    private static String top(QueryScore s, int n) {
        if (s.ranked().isEmpty()) {
            return "(nothing)";
        }
        return s.ranked().stream().limit(n)
                .map(name -> shortName(name) + "(" + s.query().grade(name) + ")")
                .collect(Collectors.joining(" "));
    }

    /** {@code national-2020.txt} → {@code national-2020}; seeds keep their number only ({@code 002}). */
    static String shortName(String name) {
        String base = name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
        int underscore = base.indexOf('_');
        return underscore == 3 ? base.substring(0, 3) : base;
    }
}
