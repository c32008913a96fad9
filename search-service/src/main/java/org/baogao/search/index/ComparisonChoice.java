package org.baogao.search.index;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A target's key for comparisons ({@code targets.search.choice}): the order in which a comparison prefers the
 * statements of one region, kind and year, then the statement's numbers, in one keyword:
 * {@code 0:<reportId>:000003|value|min|max|reportYear|page|start|end|sentenceStart|sentenceEnd|comparator}.
 * {@code 0} when the statement is in the report where it belongs (a target in the report of its year, a result in
 * the next year's), else {@code 1}; then the report id and the zero-padded position, so the smallest key is the
 * preferred statement. A comparison takes the smallest key per group with one {@code terms} of size 1 and reads
 * the numbers from the key itself: each further aggregation per group (one per number) cost more than the
 * choosing (profile: 9 {@code min} and a {@code terms} were a third of a national comparison's time).
 *
 * @param reportId the report that states it
 */
public record ComparisonChoice(String reportId, Double value, Double min, Double max, Integer reportYear, Integer page,
                               Integer start, Integer end, Integer sentenceStart, Integer sentenceEnd, String comparator) {
    private static final String NUMBERS = "|";

    /** The key of one target (the contract's target object, with its derived sentence offsets, if any). */
    public static String key(boolean ownReport, String reportId, int position, JsonNode target, Integer reportYear,
                             TargetSentences.Sentence sentence) {
        StringBuilder key = new StringBuilder(ownReport ? "0:" : "1:").append(reportId).append(':')
                .append(String.format(Locale.ROOT, "%06d", position));
        List<Object> parts = new ArrayList<>(List.of(
                number(target, "value"), number(target, "min"), number(target, "max")));
        parts.add(reportYear == null ? "" : reportYear);
        parts.add(integer(target, "page"));
        parts.add(integer(target, "start"));
        parts.add(integer(target, "end"));
        parts.add(sentence == null ? "" : sentence.start());
        parts.add(sentence == null ? "" : sentence.end());
        parts.add(target.path("comparator").isString() ? target.get("comparator").asString() : "");
        parts.forEach(p -> key.append(NUMBERS).append(p));
        return key.toString();
    }

    /** Reads a key back. */
    public static ComparisonChoice of(String key) {
        String[] parts = key.split("\\|", 11);
        String head = parts[0];
        String reportId = head.substring(2, head.lastIndexOf(':'));
        return new ComparisonChoice(reportId, doubleOrNull(parts, 1), doubleOrNull(parts, 2), doubleOrNull(parts, 3),
                intOrNull(parts, 4), intOrNull(parts, 5), intOrNull(parts, 6), intOrNull(parts, 7), intOrNull(parts, 8),
                intOrNull(parts, 9), parts.length > 10 && !parts[10].isEmpty() ? parts[10] : null);
    }

    private static Object number(JsonNode target, String field) {
        return target.path(field).isNumber() ? target.get(field).asDouble() : "";
    }

    private static Object integer(JsonNode target, String field) {
        return target.path(field).isInt() ? target.get(field).asInt() : "";
    }

    private static Double doubleOrNull(String[] parts, int i) {
        return parts.length > i && !parts[i].isEmpty() ? Double.valueOf(parts[i]) : null;
    }

    private static Integer intOrNull(String[] parts, int i) {
        return parts.length > i && !parts[i].isEmpty() ? Integer.valueOf(parts[i]) : null;
    }
}
