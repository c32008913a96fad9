package org.baogao.search.web;

/** The request clashes with work under way; answered as a 409 problem naming what is under way. */
public class ConflictException extends RuntimeException {
    private final String running;

    public ConflictException(String message, String running) {
        super(message);
        this.running = running;
    }

    /** Id of the work under way, so a client can follow it instead. */
    public String running() {
        return running;
    }
}
