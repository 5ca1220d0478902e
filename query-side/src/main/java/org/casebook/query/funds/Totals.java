package org.casebook.query.funds;

import org.casebook.kernel.funds.Amount;

/** Money allocated, obligated and disbursed, net of adjustments; amounts are exact decimals written as strings. */
public record Totals(String allocated, String obligated, String disbursed) {

    public static final Totals NONE = new Totals("0.00", "0.00", "0.00");

    /** These totals with {@code change} added to the allocated, obligated or disbursed sum (by {@code kind}). */
    Totals plus(Kind kind, Amount change) {
        return switch (kind) {
            case ALLOCATION -> new Totals(add(allocated, change), obligated, disbursed);
            case OBLIGATION -> new Totals(allocated, add(obligated, change), disbursed);
            case DISBURSEMENT -> new Totals(allocated, obligated, add(disbursed, change));
        };
    }

    private static String add(String sum, Amount change) {
        return Amount.of(sum).plus(change).toString();
    }

    /** What a movement is, from its number (A-, O-, P-). */
    public enum Kind { ALLOCATION, OBLIGATION, DISBURSEMENT }
}
