package org.casebook.kernel.responder;

import org.casebook.kernel.SingleValue;

/** A responder's home agency, such as State, USAID, Justice or Agriculture. */
public record Agency(String value) implements SingleValue {

    public static final int MAX_LENGTH = 100;

    public Agency {
        if (value == null || value.isBlank() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("an agency is 1 to " + MAX_LENGTH + " characters, not blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
