package org.baogao.targets;

import org.baogao.contracts.Target;
import org.baogao.testsupport.ProjectFiles;
import org.baogao.testsupport.RequiresShared;
import org.baogao.text.ChineseNormalizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Runs the extractor over 70 years of national work reports (older ones traditional, with Chinese
 * numerals): it must never throw, every target must be well formed and point at its clause, and the
 * 2025 report's main targets must be found. Prints a per-report summary and a sample for reading by hand.
 * The corpus lives outside the repository, in {@code ../shared}; without it the test is skipped with one line.
 */
@RequiresShared(NationalCorpusRobustnessTest.CORPUS_FILE)
class NationalCorpusRobustnessTest {
    static final String CORPUS_FILE = "corpus/national-gwr.jsonl";
    private static final Set<String> KINDS = Set.of(Target.TARGET, Target.ACHIEVEMENT, Target.PLAN);
    private static final Set<String> COMPARATORS = Set.of(Target.APPROX, Target.GTE, Target.LTE, Target.EQ, Target.RANGE);

    private static final Map<Integer, String> REPORTS = new LinkedHashMap<>();
    private final TargetExtractor extractor = new TargetExtractor();

    @BeforeAll
    static void load() throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        for (String line : Files.readAllLines(ProjectFiles.shared(CORPUS_FILE).orElseThrow(), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode o = json.readTree(line);
            JsonNode year = o.get("year");
            if (year != null && !year.isNull()) {
                REPORTS.put(Integer.valueOf(year.asString()), ChineseNormalizer.normalize(o.get("content").asString()));
            }
        }
    }

    @Test
    void everyReportExtractsWellFormedTargets() {
        assertThat(REPORTS).hasSizeGreaterThan(40);
        int total = 0;
        for (Map.Entry<Integer, String> r : REPORTS.entrySet()) {
            String text = r.getValue();
            List<Target> ts = extractor.extract(text, r.getKey(), TargetExtractor.SpanFilter.NONE);
            total += ts.size();
            long coded = ts.stream().filter(t -> t.code() != null).count();
            System.out.printf("%d: %d targets (%d coded; %d target, %d achievement, %d plan)%n", r.getKey(), ts.size(), coded,
                    ts.stream().filter(t -> t.kind().equals(Target.TARGET)).count(),
                    ts.stream().filter(t -> t.kind().equals(Target.ACHIEVEMENT)).count(),
                    ts.stream().filter(t -> t.kind().equals(Target.PLAN)).count());
            for (Target t : ts) {
                assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
                assertThat(t.indicator()).isNotBlank().doesNotContain(" ");
                assertThat(t.unit()).isNotBlank();
                assertThat(KINDS).contains(t.kind());
                assertThat(COMPARATORS).contains(t.comparator());
                if (t.comparator().equals(Target.RANGE)) {
                    assertThat(t.min()).isLessThan(t.max());
                } else {
                    assertThat(t.value()).isNotNull().isPositive().isFinite();
                }
            }
        }
        assertThat(total).isGreaterThan(1000);
    }

    @Test
    void findsTheMainTargetsOf2025() {
        List<Target> ts = extractor.extract(REPORTS.get(2025), 2025, TargetExtractor.SpanFilter.NONE).stream()
                .filter(t -> t.kind().equals(Target.TARGET) && t.code() != null).toList();
        assertThat(ts).extracting(Target::code, Target::value, Target::comparator).contains(
                tuple("gdp", 5.0, "approx"),
                tuple("unemployment_surveyed", 5.5, "approx"),
                tuple("urban_new_jobs", 1.2e7, "gte"),
                tuple("cpi", 2.0, "approx"),
                tuple("deficit_ratio", 4.0, "approx"),
                tuple("grain_output", 1.4e12, "approx"),
                tuple("energy_intensity", 3.0, "approx"));
    }

    @Test
    void printsASampleForReadingByHand() {
        List<Target> sample = new ArrayList<>();
        for (int year : new int[]{2024, 2019, 2012, 2003, 1993, 1985, 1975, 1958}) {
            String text = REPORTS.get(year);
            if (text == null) {
                continue;
            }
            List<Target> ts = extractor.extract(text, year, TargetExtractor.SpanFilter.NONE);
            for (int i = 0; i < ts.size(); i += Math.max(1, ts.size() / 12)) {
                sample.add(ts.get(i));
            }
        }
        sample.forEach(t -> System.out.printf("%s | %s | %s | %s %s [%s,%s] %s | %s %s | %s%n", t.indicator(), t.code(),
                t.kind(), t.comparator(), t.value(), t.min(), t.max(), t.unit(), t.year(), t.period(), t.text()));
        assertThat(sample).isNotEmpty();
    }
}
