package org.baogao.analysis.quotes;

import org.baogao.cleaning.CleanedText;
import org.baogao.cleaning.ReportCleaner;
import org.baogao.contracts.Target;
import org.baogao.targets.TargetExtractor;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SourceScriptQuotesTest {

    private final ReportCleaner cleaner = new ReportCleaner();
    private final TargetExtractor extractor = new TargetExtractor();
    private final SourceScriptQuotes quotes = new SourceScriptQuotes();

    @Test
    void aTraditionalReportQuotesTheClauseAsTheSourceWroteIt() throws Exception {
        CleanedText cleaned = cleaner.clean(("中國大陸國務院總理在全國人大會議上作政府工作報告。\n"
                + "報告提出，今年經濟成長目標為５％左右，城鎮新增就業１２００萬人以上。").getBytes(StandardCharsets.UTF_8));
        List<Target> targets = quotes.apply(extractor.extract(cleaned.text(), 2024, null), cleaned);

        assertThat(targets).extracting(Target::value).contains(5.0, 12_000_000.0);
        Target jobs = targets.stream().filter(t -> t.value() == 12_000_000.0).findFirst().orElseThrow();
        assertThat(jobs.text()).contains("城鎮新增就業1200萬人以上").doesNotContain("城镇");
        assertThat(cleaned.text().substring(jobs.start(), jobs.end())).contains("城镇新增就业1200万人以上");
    }

    @Test
    void aSimplifiedReportKeepsTheCleanedClause() throws Exception {
        CleanedText cleaned = cleaner.clean("今年全市地区生产总值增长６％左右。".getBytes(StandardCharsets.UTF_8));
        List<Target> targets = quotes.apply(extractor.extract(cleaned.text(), 2024, null), cleaned);
        assertThat(targets).singleElement().satisfies(t -> assertThat(t.text()).isEqualTo(
                cleaned.text().substring(t.start(), t.end())));
    }
}
