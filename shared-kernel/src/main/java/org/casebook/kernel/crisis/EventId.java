package org.casebook.kernel.crisis;

import java.util.regex.Pattern;

import org.casebook.kernel.SingleValue;

/** The identifier of one stored event (an entry of the record), as shown on the timeline. */
public record EventId(String value) implements SingleValue {

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9-]{1,64}");

    public EventId {
        if (!isValid(value)) {
            throw new IllegalArgumentException("an event id is 1 to 64 letters, digits or dashes, not " + value);
        }
    }

    public static boolean isValid(String value) {
        return value != null && FORM.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
