package org.casebook.kernel.funds;

import java.util.regex.Pattern;

import org.casebook.kernel.SingleValue;

/**
 * A money movement within its funding source: an allocation (A-1, A-2, ...), an obligation (O-1, ...) or a
 * disbursement (P-1, ...), numbered in the order they were recorded.
 */
public record EntryNumber(String value) implements SingleValue {

    private static final Pattern FORM = Pattern.compile("[AOP]-[1-9][0-9]{0,8}");

    public EntryNumber {
        if (!isValid(value)) {
            throw new IllegalArgumentException("expected A-, O- or P- and a number, not " + value);
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

    public static boolean isValid(String value) {
        return value != null && FORM.matcher(value).matches();
    }

    public boolean isAllocation() {
        return value.startsWith("A-");
    }

    public boolean isObligation() {
        return value.startsWith("O-");
    }

    @Override
    public String toString() {
        return value;
    }
}
