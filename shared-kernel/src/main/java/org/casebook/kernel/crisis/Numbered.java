package org.casebook.kernel.crisis;

import java.util.regex.Pattern;

/** Ids numbered within a case, such as D-12: a prefix, a dash and a positive number. */
public final class Numbered {

    private static final Pattern NUMBER = Pattern.compile("[1-9][0-9]{0,8}");

    private Numbered() {
    }

    public static boolean matches(String prefix, String value) {
        return value != null && value.startsWith(prefix + "-")
                && NUMBER.matcher(value.substring(prefix.length() + 1)).matches();
    }

    public static void require(String prefix, String value) {
        if (!matches(prefix, value)) {
            throw new IllegalArgumentException("expected " + prefix + "-<number>, not " + value);
        }
    }
}
