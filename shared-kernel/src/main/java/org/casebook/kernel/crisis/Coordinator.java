package org.casebook.kernel.crisis;

import org.casebook.kernel.SingleValue;

/** The official who coordinates a case for its lead body, as named by the office. */
public record Coordinator(String value) implements SingleValue {

    public static final int MAX_LENGTH = 100;

    public Coordinator {
        Texts.requireLine("a coordinator", value, MAX_LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}
