package org.casebook.kernel;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The form of the ids the server generates for what it records (a case, a responder, a deployment, a submission;
 * Axon, for each event): a random UUID when made, and accepted back as 1 to 64 letters, digits or dashes.
 */
public final class GeneratedIds {

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private GeneratedIds() {
    }

    /** A new id. */
    public static String next() {
        return UUID.randomUUID().toString();
    }

    public static boolean isValid(String value) {
        return value != null && FORM.matcher(value).matches();
    }

    /** Refuses a value not of the form, naming what it is meant to be: "a case id". */
    public static void require(String what, String value) {
        if (!isValid(value)) {
            throw new IllegalArgumentException(what + " is 1 to 64 letters, digits or dashes, not " + value);
        }
    }
}
