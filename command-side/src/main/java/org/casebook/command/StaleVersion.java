package org.casebook.command;

/** The client changed a case or responder from a version that is no longer its current one (HTTP If-Match). */
public class StaleVersion extends RuntimeException {

    private final String record;
    private final long expected;
    private final long current;

    /** @param record what was changed, such as {@code case 5f0c...} */
    public StaleVersion(String record, long expected, long current) {
        super(record + " is at version " + current + ", not " + expected + "; reload it and try again");
        this.record = record;
        this.expected = expected;
        this.current = current;
    }

    /** What was changed, such as {@code case 5f0c...}. */
    public String record() {
        return record;
    }

    public long expected() {
        return expected;
    }

    public long current() {
        return current;
    }
}
