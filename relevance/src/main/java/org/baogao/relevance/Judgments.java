package org.baogao.relevance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the judged query set: UTF-8, tab-separated, one query per line, {@code #} comments and blank
 * lines ignored. Columns: {@code id}, {@code query}, {@code filters} ({@code k=v;k=v} or {@code -}),
 * {@code judgments} ({@code sourceName:grade,sourceName:grade}), {@code note}.
 */
public final class Judgments {
    private static final Set<String> FILTERS = Set.of("region", "level", "yearFrom", "yearTo", "docType", "topic", "indicator");

    public static List<JudgedQuery> read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    static List<JudgedQuery> parse(String text, String origin) {
        List<JudgedQuery> queries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        String[] lines = text.split("\r?\n");
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String where = origin + ":" + (n + 1) + ": ";
            String[] cols = line.split("\t", -1);
            if (cols.length < 4) {
                throw new IllegalArgumentException(where + "expected id, query, filters, judgments[, note] separated by tabs");
            }
            String id = cols[0].strip();
            if (!ids.add(id)) {
                throw new IllegalArgumentException(where + "duplicate id " + id);
            }
            String query = cols[1].strip();
            if (query.isEmpty()) {
                throw new IllegalArgumentException(where + "empty query");
            }
            Map<String, Integer> grades = grades(cols[3], where);
            if (grades.values().stream().noneMatch(g -> g > 0)) {
                throw new IllegalArgumentException(where + "no relevant document judged: nDCG is undefined");
            }
            queries.add(new JudgedQuery(id, query, filters(cols[2], where), grades, cols.length > 4 ? cols[4].strip() : ""));
        }
        return queries;
    }

    private static Map<String, String> filters(String column, String where) {
        Map<String, String> filters = new LinkedHashMap<>();
        String c = column.strip();
        if (c.isEmpty() || c.equals("-")) {
            return filters;
        }
        for (String pair : c.split(";")) {
            int eq = pair.indexOf('=');
            String key = eq > 0 ? pair.substring(0, eq).strip() : "";
            if (!FILTERS.contains(key)) {
                throw new IllegalArgumentException(where + "unknown filter '" + pair + "'; known: " + FILTERS);
            }
            filters.put(key, pair.substring(eq + 1).strip());
        }
        return filters;
    }

    private static Map<String, Integer> grades(String column, String where) {
        Map<String, Integer> grades = new LinkedHashMap<>();
        for (String item : column.strip().split(",")) {
            int colon = item.lastIndexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException(where + "judgment '" + item + "' is not sourceName:grade");
            }
            int grade;
            try {
                grade = Integer.parseInt(item.substring(colon + 1).strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(where + "grade of '" + item + "' is not a number");
            }
            if (grade < 0 || grade > 3) {
                throw new IllegalArgumentException(where + "grade of '" + item + "' is outside 0..3");
            }
            if (grades.put(item.substring(0, colon).strip(), grade) != null) {
                throw new IllegalArgumentException(where + "document judged twice: " + item);
            }
        }
        return grades;
    }

    private Judgments() {
    }
}
