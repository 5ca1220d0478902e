package org.casebook.kernel.crisis;

/** Shape checks shared by the value types of this package. */
public final class Texts {

    private Texts() {
    }

    public static void requireLine(String what, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        if (value.length() > maxLength) {
            throw new IllegalArgumentException(what + " is at most " + maxLength + " characters");
        }
    }
}
