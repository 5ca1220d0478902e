package org.casebook.command;

/** The client changed a case from a version that is no longer its current one (HTTP If-Match). */
public class StaleVersion extends RuntimeException {

    private final long expected;
    private final long current;

    public StaleVersion(String caseId, long expected, long current) {
        super("case " + caseId + " is at version " + current + ", not " + expected + "; reload it and try again");
        this.expected = expected;
        this.current = current;
    }

    public long expected() {
        return expected;
    }

    public long current() {
        return current;
    }
}
