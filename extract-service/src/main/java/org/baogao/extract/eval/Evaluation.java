package org.baogao.extract.eval;

import java.util.List;

/** The scores of every report of a gold file, and the totals the spec's scorer prints. */
public record Evaluation(List<ReportScore> reports) {

    public int found() {
        return reports.stream().mapToInt(ReportScore::found).sum();
    }

    public int missed() {
        return reports.stream().mapToInt(r -> r.misses().size()).sum();
    }

    public int extra() {
        return reports.stream().mapToInt(r -> r.extras().size()).sum();
    }

    public double recall() {
        return found() / (double) Math.max(1, found() + missed());
    }

    public double precision() {
        return found() / (double) Math.max(1, found() + extra());
    }

    public int comparatorsRight() {
        return reports.stream().mapToInt(ReportScore::comparatorsRight).sum();
    }

    public int comparatorsScored() {
        return reports.stream().mapToInt(ReportScore::comparatorsScored).sum();
    }

    public long yearsRight() {
        return reports.stream().filter(r -> Boolean.TRUE.equals(r.yearRight())).count();
    }

    public long yearsScored() {
        return reports.stream().filter(r -> r.yearRight() != null).count();
    }

    public long regionsRight() {
        return reports.stream().filter(r -> Boolean.TRUE.equals(r.regionRight())).count();
    }

    public long regionsScored() {
        return reports.stream().filter(r -> r.regionRight() != null).count();
    }

    /** The spec scorer's summary line. */
    public String summary() {
        return String.format("recall %.3f precision %.3f comparator %d/%d year %d/%d region %d/%d", recall(),
                precision(), comparatorsRight(), comparatorsScored(), yearsRight(), yearsScored(), regionsRight(),
                regionsScored());
    }
}
