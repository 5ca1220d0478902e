package org.casebook.kernel.funds;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.casebook.kernel.SingleValue;

/**
 * A sum of US dollars, exact: a decimal with at most 2 decimal places, kept with exactly 2 (so that equal sums
 * are written alike). Positive, except a change recorded by an adjustment, which is negative.
 */
public record Amount(BigDecimal value) implements SingleValue, Comparable<Amount> {

    public static final Amount ZERO = new Amount(BigDecimal.ZERO);

    public Amount {
        if (value == null) {
            throw new IllegalArgumentException("an amount is a number");
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("an amount has at most 2 decimal places, not " + value.toPlainString());
        }
        value = value.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static Amount of(String value) {
        return new Amount(new BigDecimal(value));
    }

    public boolean isPositive() {
        return value.signum() > 0;
    }

    public boolean isNegative() {
        return value.signum() < 0;
    }

    public Amount plus(Amount other) {
        return new Amount(value.add(other.value));
    }

    public Amount minus(Amount other) {
        return new Amount(value.subtract(other.value));
    }

    @Override
    public int compareTo(Amount other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.toPlainString();
    }
}
