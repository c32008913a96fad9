package org.baogao.extract.eval;

import org.baogao.contracts.Target;
import org.baogao.extract.pipeline.ReportPipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code bin/baogao eval GOLD [DIR]}: the offline extractor scored against a target gold file
 * ({@code ../shared/spec/target-gold.md}): one line per report, then recall, precision, comparator, year and
 * region as the spec's {@code score_targets.py} prints them; every miss and extra with {@code --verbose}.
 */
@Command(name = EvalCommand.NAME, mixinStandardHelpOptions = true,
        description = "Score the offline extractor against a target gold file.")
public class EvalCommand implements Callable<Integer> {
    public static final String NAME = "eval";

    @Parameters(index = "0", paramLabel = "GOLD", description = "gold file (target-gold.md format)")
    Path gold;

    @Parameters(index = "1", arity = "0..1", paramLabel = "DIR",
            description = "folder with the reports the gold names (default: the gold file's folder)")
    Path dir;

    @Option(names = {"-v", "--verbose"}, description = "print every miss and every extra")
    boolean verbose;

    private final ReportPipeline pipeline;
    private final PrintStream out;

    public EvalCommand(ReportPipeline pipeline, PrintStream out) {
        this.pipeline = pipeline;
        this.out = out;
    }

    public static int run(String... args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        return new CommandLine(new EvalCommand(new ReportPipeline(), out)).execute(args);
    }

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(gold)) {
            throw new CommandLine.ParameterException(new CommandLine(this), "no gold file at " + gold);
        }
        Path reports = dir != null ? dir : gold.toAbsolutePath().getParent();
        Evaluation evaluation = new Evaluator(pipeline).evaluate(GoldFile.read(gold), reports);
        for (ReportScore r : evaluation.reports()) {
            out.printf("%-28s found %3d/%-3d extra %2d  year %s  region %s%n", r.name(), r.found(),
                    r.found() + r.misses().size(), r.extras().size(), mark(r.yearRight(), r.year()),
                    mark(r.regionRight(), r.region() == null ? null : r.region().name()));
            if (verbose) {
                r.misses().forEach(m -> out.printf("  miss  %s%s%n", m.quote(), value(m)));
                r.extras().forEach(t -> out.printf("  extra %s | %s %s%s%n", t.text(), t.code() == null ? "-" : t.code(),
                        t.indicator(), value(t)));
            }
        }
        out.println(evaluation.summary());
        return 0;
    }

    private static String mark(Boolean right, Object value) {
        return right == null ? "-" : (right ? "ok " : "WRONG ") + value;
    }

    private static String value(GoldFile.Entry e) {
        return e.isRange() ? " [" + e.min() + "-" + e.max() + "]" : " [" + e.value() + "]";
    }

    private static String value(Target t) {
        return t.value() == null ? " [" + t.min() + "-" + t.max() + "]" : " [" + t.value() + " " + t.unit() + "] "
                + t.basis();
    }
}
