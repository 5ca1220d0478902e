package org.casebook.query;

/** A query parameter is invalid in a way its type alone cannot show (answered with 400 naming it). */
public class InvalidQuery extends RuntimeException {

    private final String field;

    public InvalidQuery(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
