package org.casebook.kernel.crisis;

/** Shape checks shared by the value types of this package. */
final class Texts {

    private Texts() {
    }

    static void requireLine(String what, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        if (value.length() > maxLength) {
            throw new IllegalArgumentException(what + " is at most " + maxLength + " characters");
        }
    }
}
