package org.casebook.kernel.funds;

import java.util.Optional;
import java.util.regex.Pattern;

import org.casebook.kernel.SingleValue;

/**
 * A money movement within its funding source: an allocation, an obligation (O-1, ...) or a disbursement (P-1, ...),
 * numbered in the order they were recorded.
 *
 * <p>An allocation is stored as A-n, as it always was: that is what stored events, submissions and report files
 * hold. People are shown AL-n ({@link #shown()}), since A-n is also an assessment's number within a case; a number
 * people give is read in either form ({@link #given}).
 */
public record EntryNumber(String value) implements SingleValue {

    private static final Pattern FORM = Pattern.compile("[AOP]-[1-9][0-9]{0,8}");
    private static final Pattern GIVEN = Pattern.compile("(AL|[AOP])-[1-9][0-9]{0,8}");
    private static final String ALLOCATION_SHOWN = "AL-";

    public EntryNumber {
        if (!isValid(value)) {
            throw new IllegalArgumentException("expected AL-, O- or P- and a number, not " + value);
        }
    }

    public static EntryNumber allocation(int n) {
        return new EntryNumber("A-" + n);
    }

    public static EntryNumber obligation(int n) {
        return new EntryNumber("O-" + n);
    }

    public static EntryNumber disbursement(int n) {
        return new EntryNumber("P-" + n);
    }

    /** The stored form. */
    public static boolean isValid(String value) {
        return value != null && FORM.matcher(value).matches();
    }

    /** The number someone gave: AL-n (or the A-n an allocation was shown as before), O-n or P-n. */
    public static Optional<EntryNumber> given(String text) {
        if (text == null || !GIVEN.matcher(text).matches()) {
            return Optional.empty();
        }
        return Optional.of(new EntryNumber(text.startsWith(ALLOCATION_SHOWN) ? "A-" + text.substring(3) : text));
    }

    /** The stored form of a number someone gave, or the text as it was if it is none (to be refused as unknown). */
    public static String stored(String given) {
        return given(given).map(EntryNumber::value).orElse(given);
    }

    /** How people see a stored number (null stays null). */
    public static String shown(String stored) {
        return isValid(stored) ? new EntryNumber(stored).shown() : stored;
    }

    public String shown() {
        return isAllocation() ? ALLOCATION_SHOWN + value.substring(2) : value;
    }

    public boolean isAllocation() {
        return value.startsWith("A-");
    }

    public boolean isObligation() {
        return value.startsWith("O-");
    }

    /** As people see it: messages name entries this way. */
    @Override
    public String toString() {
        return shown();
    }
}
