package org.baogao.relevance;

import org.baogao.client.ReportFile;
import org.baogao.contracts.ContractJson;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The two inputs of the relevance run as files to upload: the seed folder and the national corpus. */
public final class ReportFiles {

    /** Every {@code .txt} file of the folder, by name, byte for byte. */
    public static List<ReportFile> seeds(Path folder) throws IOException {
        List<ReportFile> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path p : list.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList()) {
                files.add(ReportFile.of(p.getFileName().toString(), Files.readAllBytes(p)));
            }
        }
        return files;
    }

    /**
     * Each line of the corpus (JSON with {@code content} and {@code year}) as a UTF-8 text file:
     * {@code national-2025.txt}, or {@code national-resolution-01.txt}, {@code -02}, ... in file order for the
     * NPC resolutions, which have no year. Only the content is sent, as a report would arrive.
     */
    public static List<ReportFile> nationalCorpus(Path jsonl) throws IOException {
        List<ReportFile> files = new ArrayList<>();
        int resolutions = 0;
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode entry = ContractJson.mapper().readTree(line);
            JsonNode year = entry.get("year");
            String name = year == null || year.isNull()
                    ? "national-resolution-%02d.txt".formatted(++resolutions)
                    : "national-" + year.asString() + ".txt";
            files.add(ReportFile.of(name, entry.get("content").asString().getBytes(StandardCharsets.UTF_8)));
        }
        return files;
    }

    private ReportFiles() {
    }
}
