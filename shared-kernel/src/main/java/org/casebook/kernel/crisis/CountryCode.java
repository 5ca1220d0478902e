package org.casebook.kernel.crisis;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.casebook.kernel.SingleValue;

/**
 * An ISO 3166-1 alpha-2 country code, upper case. {@code XK} (Kosovo) is accepted too: it is user-assigned in
 * ISO 3166 but is what governments use for Kosovo in practice.
 */
public record CountryCode(String value) implements SingleValue {

    private static final Set<String> KNOWN = known();

    public CountryCode {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not an ISO 3166-1 alpha-2 country code: " + value);
        }
    }

    public static boolean isValid(String value) {
        return value != null && KNOWN.contains(value);
    }

    private static Set<String> known() {
        Set<String> codes = new TreeSet<>(Set.of(Locale.getISOCountries()));
        codes.add("XK");
        return Set.copyOf(codes);
    }

    @Override
    public String toString() {
        return value;
    }
}
