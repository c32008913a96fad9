package org.baogao.extract.eval;

import org.baogao.contracts.ContractJson;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A target gold file in the documented format ({@code ../shared/spec/target-gold.md}): per report file name, the
 * year it plans for, its region (with {@code alt} names), every plan-year target with a quote, and optional entries
 * that are neither required nor penalized. Keys starting with {@code _} are comments.
 */
public record GoldFile(Map<String, Report> reports) {

    /** What the gold says of one report file. */
    public record Report(Integer year, List<Region> regions, List<Entry> targets, List<Entry> optional) {
    }

    /** An acceptable region: the first is the gold one, the others its {@code alt} names. */
    public record Region(String name, String code) {
    }

    /**
     * One gold target (or optional entry).
     *
     * @param codes      acceptable indicator codes; empty means any code or none
     * @param value      the value, or null for a range
     * @param min        lower bound of a range
     * @param max        upper bound of a range
     * @param comparator the comparator where the gold states it, else null
     * @param quote      where it is in the report, as stored
     */
    public record Entry(List<String> codes, Double value, Double min, Double max, String comparator, String quote) {
        public boolean isRange() {
            return min != null;
        }
    }

    public static GoldFile read(Path file) throws IOException {
        JsonNode root = ContractJson.mapper().readTree(Files.readString(file));
        Map<String, Report> reports = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            if (!e.getKey().startsWith("_")) {
                reports.put(e.getKey(), report(e.getValue()));
            }
        }
        return new GoldFile(reports);
    }

    private static Report report(JsonNode r) {
        List<Region> regions = new ArrayList<>();
        JsonNode region = r.get("region");
        if (region != null && !region.isNull()) {
            regions.add(new Region(text(region, "name"), text(region, "code")));
            for (JsonNode alt : region.path("alt")) {
                regions.add(new Region(text(alt, "name"), text(alt, "code")));
            }
        }
        Integer year = r.hasNonNull("year") ? r.get("year").asInt() : null;
        return new Report(year, regions, entries(r.path("targets")), entries(r.path("optional")));
    }

    private static List<Entry> entries(JsonNode list) {
        List<Entry> out = new ArrayList<>();
        for (JsonNode t : list) {
            List<String> codes = new ArrayList<>();
            t.path("codes").forEach(c -> codes.add(c.asString()));
            out.add(new Entry(codes, number(t, "value"), number(t, "min"), number(t, "max"), text(t, "comparator"),
                    text(t, "quote")));
        }
        return out;
    }

    private static Double number(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asDouble() : null;
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asString() : null;
    }
}
