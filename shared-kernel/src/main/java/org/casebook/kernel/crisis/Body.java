package org.casebook.kernel.crisis;

import org.casebook.kernel.SingleValue;

/** A body that leads a response or takes decisions: CRSG, Embassy, IPC, ACT, a field ACT, an agency. */
public record Body(String value) implements SingleValue {

    public static final int MAX_LENGTH = 100;

    public Body {
        Texts.requireLine("a body", value, MAX_LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}
