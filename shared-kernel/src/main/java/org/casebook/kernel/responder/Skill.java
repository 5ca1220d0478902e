package org.casebook.kernel.responder;

import java.util.regex.Pattern;

import org.casebook.kernel.SingleValue;

/**
 * A skill a responder brings, as a short lower-case name such as {@code rule-of-law}; which skills are known is
 * configuration, checked when a skill is recorded.
 */
public record Skill(String value) implements SingleValue {

    private static final Pattern FORM = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    public Skill {
        if (!isValid(value)) {
            throw new IllegalArgumentException("a skill is a lower-case name such as rule-of-law, not " + value);
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
