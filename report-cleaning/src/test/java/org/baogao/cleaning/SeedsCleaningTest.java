package org.baogao.cleaning;

import org.baogao.contracts.ContractJson;
import org.baogao.testsupport.ProjectFiles;
import org.baogao.text.ScriptConverter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The five seeds through the whole cleaner, against what the project's expectations ({@code eval/seeds/expectations.json})
 * say their text must and must not contain.
 */
class SeedsCleaningTest {
    private static final Path SEEDS = ProjectFiles.inProject("seeds");
    private static ReportCleaner cleaner;
    private static Map<String, Map<String, Object>> expectations;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void setUp() throws IOException {
        cleaner = new ReportCleaner();
        Map<String, Object> file = ContractJson.fromBytes(Files.readAllBytes(ProjectFiles.inProject("eval/seeds/expectations.json")), Map.class);
        expectations = ((List<Map<String, Object>>) file.get("seeds")).stream()
                .collect(Collectors.toMap(seed -> (String) seed.get("file"), seed -> seed));
    }

    static Stream<String> seeds() throws IOException {
        try (Stream<Path> files = Files.list(SEEDS)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.matches("\\d{3}_.*\\.txt")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    @SuppressWarnings("unchecked")
    void textMeetsTheGold(String seed) throws Exception {
        CleanedText cleaned = cleaner.clean(Files.readAllBytes(SEEDS.resolve(seed)));
        Map<String, Object> expected = expectations.get(seed);
        assertThat(expected).as("expectations for " + seed).isNotNull();
        String text = nfkc(cleaned.text());
        for (String s : (List<String>) expected.getOrDefault("textContains", List.of())) {
            assertThat(text).as(seed).contains(nfkc(s));
        }
        for (String s : (List<String>) expected.getOrDefault("textLacks", List.of())) {
            assertThat(text).as(seed).doesNotContain(nfkc(s));
        }
        if (expected.containsKey("script")) {
            assertThat(cleaned.script()).as(seed).isEqualTo(expected.get("script"));
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void offsetsMapIntoTheRawText(String seed) throws Exception {
        CleanedText cleaned = cleaner.clean(Files.readAllBytes(SEEDS.resolve(seed)));
        int[] toRaw = cleaned.toRaw();
        assertThat(toRaw).hasSize(cleaned.text().length() + 1);
        assertThat(toRaw[toRaw.length - 1]).isEqualTo(cleaned.rawText().length());
        for (int i = 1; i < toRaw.length; i++) {
            assertThat(toRaw[i]).as("monotonic at %d", i).isGreaterThanOrEqualTo(toRaw[i - 1]);
        }
        // Most characters survive cleaning unchanged but for normalization: they must map to themselves.
        int same = 0;
        for (int i = 0; i < cleaned.text().length(); i++) {
            char raw = cleaned.rawText().charAt(toRaw[i]);
            if (ScriptConverter.toSimplified(String.valueOf(org.baogao.text.WidthFolding.fold(raw))).charAt(0) == cleaned.text().charAt(i)) {
                same++;
            }
        }
        assertThat(same).isGreaterThan(cleaned.text().length() * 9 / 10);
    }

    @Test
    void seed003IsTraditionalWithItsHeaderParsed() throws Exception {
        CleanedText cleaned = cleaner.clean(Files.readAllBytes(SEEDS.resolve("003_f5ab8c29433f7e08.txt")));
        assertThat(cleaned.script()).isEqualTo("hant");
        assertThat(cleaned.header()).containsEntry("发布机构", "常州市人民政府")
                .containsEntry("索引号", "014109429/2021-00086")
                .containsEntry("公开日期", "2021-01-25");
        assertThat(cleaned.repairs()).anySatisfy(r -> assertThat(r.kind()).isEqualTo("gbk_shift_mojibake"));
        assertThat(cleaned.repairs()).anySatisfy(r -> assertThat(r.kind()).isEqualTo("pinyin_annotation"));
    }

    @Test
    void seed004LosesItsFooterAndJunkAndGetsItsWordsBack() throws Exception {
        CleanedText cleaned = cleaner.clean(Files.readAllBytes(SEEDS.resolve("004_9a9c69a36005647f.txt")));
        assertThat(cleaned.text()).contains("扎实做好安全生产", "安全发展示范城市", "经济开发区第一梯队", "最具幸福感")
                .doesNotContain("版权声明", "zui");
        assertThat(cleaned.header()).containsKey("记者");
    }

    private static String nfkc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC);
    }
}
