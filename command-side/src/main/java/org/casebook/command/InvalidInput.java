package org.casebook.command;

/** A request field is invalid in a way its shape alone cannot show (for example, a time too far ahead). */
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
