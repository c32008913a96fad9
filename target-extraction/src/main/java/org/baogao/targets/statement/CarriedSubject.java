package org.baogao.targets.statement;

import org.baogao.targets.clause.Clause;
import org.baogao.targets.indicator.IndicatorPhrase;

/**
 * The subject a clause without one of its own continues within a sentence: the last statement's indicator, or an
 * indicator the lexicon knows named by a clause without a number (外贸进出口保持稳定增长，增速5%至6%). Most clauses of a
 * report have no number, and few numbers need the subject before them, so a number-less clause is read only when a
 * later clause asks for it.
 */
public final class CarriedSubject {
    /** Nothing to continue: the start of a sentence. */
    public static final CarriedSubject NONE = new CarriedSubject(null, null, null, null);

    private final Clause clauseWithoutNumber;
    private final String text;
    private final CarriedSubject earlier;
    private String subject;
    private boolean read;

    private CarriedSubject(String subject, String text, Clause clauseWithoutNumber, CarriedSubject earlier) {
        this.subject = subject;
        this.text = text;
        this.clauseWithoutNumber = clauseWithoutNumber;
        this.earlier = earlier;
        this.read = clauseWithoutNumber == null;
    }

    /** The indicator of the statement just read. */
    public static CarriedSubject of(String indicator) {
        return new CarriedSubject(indicator, null, null, null);
    }

    /** This subject, unless the clause without a number that follows it names a known indicator. */
    public CarriedSubject orNamedBy(String text, Clause clauseWithoutNumber) {
        return new CarriedSubject(null, text, clauseWithoutNumber, this);
    }

    /** The subject, or null. */
    public String get() {
        if (!read) {
            String named = IndicatorPhrase.knownOf(
                    text.substring(clauseWithoutNumber.start(), clauseWithoutNumber.end()));
            subject = named.isEmpty() ? earlier.get() : named;
            read = true;
        }
        return subject;
    }
}
