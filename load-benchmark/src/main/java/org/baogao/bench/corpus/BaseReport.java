package org.baogao.bench.corpus;

import org.baogao.contracts.ContractJson;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A real report the benchmark corpus is made from: its text, the region it speaks for as written in it, and the
 * year it plans for.
 *
 * @param region the region's name as the text writes it ({@code 安徽省}), or null for the State Council's reports
 */
public record BaseReport(String name, String text, String region, int year) {

    public boolean national() {
        return region == null;
    }

    /**
     * The State Council's reports of {@code national-gwr.jsonl} (the resolutions, which have no year, are left out)
     * and the provincial reports of {@code provincial-2026/}, whose region and year {@code gold.json} gives.
     */
    public static List<BaseReport> load(Path nationalJsonl, Path provincialFolder) throws IOException {
        List<BaseReport> reports = new ArrayList<>();
        if (Files.isRegularFile(nationalJsonl)) {
            for (String line : Files.readAllLines(nationalJsonl, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode entry = ContractJson.mapper().readTree(line);
                JsonNode year = entry.get("year");
                if (year != null && !year.isNull()) {
                    int y = Integer.parseInt(year.asString().strip());
                    reports.add(new BaseReport("national-" + y, entry.get("content").asString(), null, y));
                }
            }
        }
        Path gold = provincialFolder.resolve("gold.json");
        if (Files.isRegularFile(gold)) {
            JsonNode reportsByFile = ContractJson.mapper().readTree(Files.readString(gold));
            try (Stream<Path> files = Files.list(provincialFolder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    JsonNode entry = reportsByFile.get(file.getFileName().toString());
                    if (entry != null && entry.path("region").hasNonNull("name") && entry.hasNonNull("year")) {
                        reports.add(new BaseReport(file.getFileName().toString(), Files.readString(file),
                                entry.path("region").get("name").asString(), entry.get("year").asInt()));
                    }
                }
            }
        }
        return reports;
    }
}
