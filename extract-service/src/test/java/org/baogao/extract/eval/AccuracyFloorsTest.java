package org.baogao.extract.eval;

import org.baogao.extract.pipeline.ReportPipeline;
import org.baogao.testsupport.ProjectFiles;
import org.baogao.testsupport.RequiresShared;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Target quality cannot fall unnoticed: {@code bin/baogao eval}'s scoring, run here on three gold sets, against floors
 * set just under what the extractor reaches (the README's figures). Raise a floor when the extractor gets better;
 * never lower one to let a change through.
 * <ul>
 *   <li>the seeds (the project's own gold, {@code eval/seeds/target-gold.json}): every target, nothing else;</li>
 *   <li>the genre sets ({@code eval/genres*}: city, county and district reports, news summaries in simplified and
 *       traditional script, 2006-2013 reports, written for the project with hand-made gold; see eval/README.md);</li>
 *   <li>the dev set ({@code ../shared/corpus/provincial-2026}), where it is there.</li>
 * </ul>
 */
class AccuracyFloorsTest {

    private static Evaluator evaluator;

    @BeforeAll
    static void pipeline() {
        evaluator = new Evaluator(new ReportPipeline());
    }

    /** The gold file scored over the reports in {@code reports}, its figures printed as bin/baogao eval prints them. */
    private static Evaluation evaluate(Path gold, Path reports) throws Exception {
        Evaluation e = evaluator.evaluate(GoldFile.read(gold), reports);
        System.out.println(gold + ": " + e.summary());
        return e;
    }

    @Test
    void seedsAreExtractedExactly() throws Exception {
        Evaluation e = evaluate(ProjectFiles.inProject("eval/seeds/target-gold.json"), ProjectFiles.inProject("seeds"));
        assertThat(e.recall()).isEqualTo(1.0);
        assertThat(e.precision()).isEqualTo(1.0);
        assertThat(e.yearsRight()).isEqualTo(e.yearsScored());
        assertThat(e.regionsRight()).isEqualTo(e.regionsScored());
    }

    /**
     * A gold set of the project's own ({@code eval/...}) and the floors it must stay above.
     *
     * @param yearsUnstated documents whose text states no year at all (a news item saying only 今年 and 去年, undated):
     *                      their plan year stays unknown, and the gold's year cannot be read from them
     */
    record GenreSet(String folder, double recall, double precision, int yearsUnstated) {
        GenreSet(String folder, double recall, double precision) {
            this(folder, recall, precision, 0);
        }

        @Override
        public String toString() {
            return folder;
        }
    }

    static Stream<GenreSet> genreSets() {
        return Stream.of(new GenreSet("eval/genres", 0.99, 0.995), new GenreSet("eval/genres2", 0.985, 0.99),
                new GenreSet("eval/genres3", 0.98, 0.99), new GenreSet("eval/genres4", 0.99, 0.99),
                new GenreSet("eval/genres5", 0.99, 0.985, 2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("genreSets")
    void genreSetStaysAboveItsFloors(GenreSet set) throws Exception {
        Evaluation e = evaluate(ProjectFiles.inProject(set.folder() + "/gold.json"),
                ProjectFiles.inProject(set.folder() + "/docs"));
        assertThat(e.recall()).as(e.summary()).isGreaterThanOrEqualTo(set.recall());
        assertThat(e.precision()).as(e.summary()).isGreaterThanOrEqualTo(set.precision());
        assertThat(e.yearsRight()).as(e.summary()).isGreaterThanOrEqualTo(e.yearsScored() - set.yearsUnstated());
        assertThat(e.regionsRight()).as(e.summary()).isEqualTo(e.regionsScored());
    }

    @Test
    @RequiresShared("corpus/provincial-2026/gold.json")
    void devSetStaysAboveItsFloors() throws Exception {
        Path devSet = ProjectFiles.shared("corpus/provincial-2026").orElseThrow();
        Evaluation e = evaluate(devSet.resolve("gold.json"), devSet);
        assertThat(e.recall()).as(e.summary()).isGreaterThanOrEqualTo(0.97);
        assertThat(e.precision()).as(e.summary()).isGreaterThanOrEqualTo(0.99);
        assertThat(e.yearsRight()).as(e.summary()).isEqualTo(e.yearsScored());
        assertThat(e.regionsRight()).as(e.summary()).isEqualTo(e.regionsScored());
    }
}
