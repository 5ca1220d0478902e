package org.casebook.kernel.refusal;

/**
 * A request field, header or query parameter is invalid in a way its shape or type alone cannot show (for
 * example, a time too far ahead): answered with 400 naming it.
 */
public class InvalidInput extends RuntimeException {

    private final String field;

    public InvalidInput(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
