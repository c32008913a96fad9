package org.baogao.targets;

import org.baogao.contracts.Target;
import org.baogao.text.ChineseNormalizer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed reports (normalized the way the pipeline does before extraction) must yield the targets
 * recorded in shared/spec/seed-gold.json: kind target, the listed code, the value and comparator.
 */
class SeedExtractionTest {

    private final TargetExtractor extractor = new TargetExtractor();

    private List<Target> seed(String name, int year) throws IOException {
        String raw = Files.readString(Path.of("..", "seeds", name), StandardCharsets.UTF_8);
        return extractor.extract(ChineseNormalizer.normalize(raw), year, TargetExtractor.SpanFilter.NONE);
    }

    private static void hasTarget(List<Target> ts, String code, double value, String comparator) {
        assertThat(ts).as(code + " " + value + " " + comparator).anySatisfy(t -> {
            assertThat(t.kind()).isEqualTo(Target.TARGET);
            assertThat(t.code()).isEqualTo(code);
            assertThat(t.value()).isCloseTo(value, org.assertj.core.api.Assertions.within(1e-6 * Math.max(1, value)));
            if (comparator != null) {
                assertThat(t.comparator()).isEqualTo(comparator);
            }
        });
    }

    @Test
    void zhonglou2020() throws IOException {
        List<Target> ts = seed("001_2e6097f3b5237596.txt", 2020);
        hasTarget(ts, "gdp", 6, "approx");
        hasTarget(ts, "general_budget_revenue", 7, "approx");
        hasTarget(ts, "retail_sales", 7, "approx");
        hasTarget(ts, "industrial_output", 8, "gte");
        hasTarget(ts, "high_tech_enterprises", 40, null);
        hasTarget(ts, "urban_new_jobs", 15000, null);
        hasTarget(ts, "listed_companies", 1, null);
        assertThat(ts).allSatisfy(t -> assertThat(t.year()).isEqualTo(2020));
    }

    @Test
    void wujinPlenumNews2021() throws IOException {
        List<Target> ts = seed("002_bab88bf13cc8535d.txt", 2021);
        hasTarget(ts, "high_tech_enterprises", 200, null);
        hasTarget(ts, "listed_companies", 5, "gte");
    }

    @Test
    void changzhouKeyWork2021Traditional() throws IOException {
        List<Target> ts = seed("003_f5ab8c29433f7e08.txt", 2021);
        hasTarget(ts, "gdp", 6.5, "approx");
        hasTarget(ts, "general_budget_revenue", 6, "approx");
        hasTarget(ts, "fixed_asset_investment", 7, "approx");
        hasTarget(ts, "rd_intensity", 3.1, null);
        hasTarget(ts, "retail_sales", 6.5, "approx");
        hasTarget(ts, "disposable_income", 6.5, "gte");
        hasTarget(ts, "high_tech_enterprises", 1200, "gte");
        hasTarget(ts, "listed_companies", 15, "gte");
        hasTarget(ts, "foreign_investment", 3.0e9, "gte");
        hasTarget(ts, "urban_new_jobs", 90000, null);
    }

    @Test
    void plenumNewsWithoutNumericTargetsYieldsNoCoreTargets() throws IOException {
        List<Target> ts = seed("000_f38851139f3ddd31.txt", 2024);
        assertThat(ts).allSatisfy(t -> assertThat(t.code()).isNull());
    }
}
