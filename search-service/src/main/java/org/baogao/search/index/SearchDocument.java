package org.baogao.search.index;

import org.baogao.contracts.ContractJson;
import org.baogao.contracts.EnrichedReport;
import org.baogao.contracts.Target;
import org.baogao.text.ChineseNormalizer;
import org.baogao.text.WordSegmenter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * The Elasticsearch document of a report: the enriched report exactly as it arrived (so
 * {@code GET /api/reports/{id}} gives back what extraction published, fields of newer contract versions
 * included) plus objects {@link #SEARCH_FIELD} of values derived for searching, one on the report and one on
 * each target, which are stripped again when a report is read back.
 */
public final class SearchDocument {
    /** The derived object's field name; not a contract field. */
    public static final String SEARCH_FIELD = "search";

    /**
     * @param originalJson the record value as read from Kafka
     * @param report       the same value, parsed
     * @param indexedAt    when this document was built
     */
    public static byte[] build(byte[] originalJson, EnrichedReport report, Instant indexedAt) {
        ObjectNode document = (ObjectNode) ContractJson.mapper().readTree(originalJson);
        document.set(SEARCH_FIELD, derived(document, report, indexedAt));
        deriveTargets(document);
        return ContractJson.mapper().writeValueAsBytes(document);
    }

    /** The stored report without the derived objects, as the contract describes it. */
    public static ObjectNode withoutDerived(ObjectNode document) {
        ObjectNode copy = document.deepCopy();
        copy.remove(SEARCH_FIELD);
        for (JsonNode target : copy.path("targets")) {
            if (target instanceof ObjectNode t) {
                t.remove(SEARCH_FIELD);
            }
        }
        return copy;
    }

    /**
     * Per target: {@code position} in the report's list (with the report id, a row's identity, so target rows page
     * by a cursor), {@code point}, the one number a row sorts and aggregates by: the value, else the middle of
     * the range, else the bound that is stated, and the {@code sentence} it was stated in, with its offsets.
     * The report's region is copied in too, and {@code choice} ({@link ComparisonChoice}): the order in which a
     * comparison prefers the statements of one region, kind and year, with the statement's numbers, so a comparison
     * groups and picks targets inside the nested documents with one aggregation of size 1, without reading a row
     * (see {@code TargetComparisonSearch}).
     */
    static void deriveTargets(ObjectNode document) {
        int position = 0;
        String text = document.path("text").isString() ? document.path("text").asString() : null;
        JsonNode reportYear = document.path("year");
        for (JsonNode target : document.path("targets")) {
            if (target instanceof ObjectNode t) {
                ObjectNode search = t.putObject(SEARCH_FIELD);
                search.put("position", position);
                point(t).ifPresent(p -> search.put("point", p));
                copyRegion(document, search);
                // The sentence it was stated in, what a reader wants to see beside the number (see TargetSentences).
                TargetSentences.Sentence sentence = t.path("start").isInt() && t.path("end").isInt()
                        ? TargetSentences.around(text, t.get("start").asInt(), t.get("end").asInt()) : null;
                if (sentence != null) {
                    search.put("sentence", sentence.text()).put("sentenceStart", sentence.start()).put("sentenceEnd", sentence.end());
                }
                boolean ownReport = reportYear.isInt() && t.path("year").isInt()
                        && reportYear.asInt() == t.get("year").asInt() + (achievement(t) ? 1 : 0);
                if (document.path("reportId").isString()) {
                    search.put("choice", ComparisonChoice.key(ownReport, document.get("reportId").asString(), position, t,
                            reportYear.isInt() ? reportYear.asInt() : null, sentence));
                }
            }
            position++;
        }
    }

    private static boolean achievement(JsonNode target) {
        return target.path("kind").isString() && Target.ACHIEVEMENT.equals(target.get("kind").asString());
    }

    private static void copyRegion(ObjectNode document, ObjectNode search) {
        if (document.path("region").path("name").isString()) {
            search.put("region", document.get("region").get("name").asString());
        }
        if (document.path("region").path("code").isString()) {
            search.put("regionCode", document.get("region").get("code").asString());
        }
    }

    static Optional<Double> point(JsonNode target) {
        JsonNode value = target.get("value");
        JsonNode min = target.get("min");
        JsonNode max = target.get("max");
        if (value != null && value.isNumber()) {
            return Optional.of(value.asDouble());
        }
        boolean hasMin = min != null && min.isNumber();
        boolean hasMax = max != null && max.isNumber();
        if (hasMin && hasMax) {
            return Optional.of((min.asDouble() + max.asDouble()) / 2);
        }
        return hasMin ? Optional.of(min.asDouble()) : hasMax ? Optional.of(max.asDouble()) : Optional.empty();
    }

    static ObjectNode derived(ObjectNode document, EnrichedReport report, Instant indexedAt) {
        ObjectNode search = document.objectNode();
        String title = report.title() == null ? "" : ChineseNormalizer.normalize(report.title());
        search.put("titleWords", words(title));
        // The contract's text is normalized already; segmenting it as is keeps the words aligned with the text field.
        search.put("textWords", words(report.text() == null ? "" : report.text()));
        RegionPath path = RegionPath.of(report.region());
        ArrayNode names = search.putArray("regionNames");
        path.names().forEach(names::add);
        ArrayNode codes = search.putArray("regionCodes");
        path.codes().forEach(codes::add);
        // the codes of the report's targets once each: the indicator facet and filter count reports, on the report
        ArrayNode indicators = search.putArray("indicatorCodes");
        if (report.targets() != null) {
            report.targets().stream().map(org.baogao.contracts.Target::code).filter(java.util.Objects::nonNull)
                    .distinct().forEach(indicators::add);
        }
        reportDate(report).ifPresent(date -> search.put("date", date.toString()));
        search.put("indexedAt", indexedAt.toString());
        return search;
    }

    /**
     * The words of normalized text as the word-level fields hold them: HanLP words, one space apart, Latin
     * letters lower-cased (the whitespace analyzer keeps case; queries are lower-cased the same way).
     */
    public static String words(String normalizedText) {
        return WordSegmenter.spaced(normalizedText).toLowerCase(Locale.ROOT);
    }

    /** The date results are sorted by: publication date, else the 1st of January of the report year, else receipt. */
    static Optional<LocalDate> reportDate(EnrichedReport report) {
        Optional<LocalDate> published = parseDate(report.publishedAt());
        if (published.isPresent()) {
            return published;
        }
        if (report.year() != null) {
            return Optional.of(LocalDate.of(report.year(), 1, 1));
        }
        if (report.source() != null && report.source().receivedAt() != null) {
            return Optional.of(report.source().receivedAt().atOffset(ZoneOffset.UTC).toLocalDate());
        }
        return Optional.empty();
    }

    static Optional<LocalDate> parseDate(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String s = text.strip();
        try {
            if (s.matches("\\d{4}")) {
                return Optional.of(LocalDate.of(Integer.parseInt(s), 1, 1));
            }
            if (s.matches("\\d{4}-\\d{2}")) {
                return Optional.of(YearMonth.parse(s).atDay(1));
            }
            if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return Optional.of(LocalDate.parse(s));
            }
            return Optional.of(OffsetDateTime.parse(s).toLocalDate());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private SearchDocument() {
    }
}
