package org.casebook.query;

/**
 * Something a query names is not in the record: answered with 404, type {@code unknown-<kind>} and title
 * "No such {@code <thing>}".
 */
public abstract class NotFound extends RuntimeException {

    private final String kind;
    private final String thing;

    protected NotFound(String kind, String thing, String message) {
        super(message);
        this.kind = kind;
        this.thing = thing;
    }

    public String kind() {
        return kind;
    }

    public String thing() {
        return thing;
    }
}
