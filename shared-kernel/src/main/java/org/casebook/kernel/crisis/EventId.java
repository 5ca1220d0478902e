package org.casebook.kernel.crisis;

import org.casebook.kernel.GeneratedIds;
import org.casebook.kernel.SingleValue;

/** The identifier of one stored event (an entry of the record), as shown on the timeline. */
public record EventId(String value) implements SingleValue {

    public EventId {
        GeneratedIds.require("an event id", value);
    }

    public static boolean isValid(String value) {
        return GeneratedIds.isValid(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
