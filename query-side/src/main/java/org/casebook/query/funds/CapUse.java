package org.casebook.query.funds;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.casebook.kernel.funds.Amount;

/**
 * How much of a funding source's cap is allocated: a cap is nearly reached once {@link #NEARLY} of it is (or all
 * of it). Amounts are exact decimals written as strings, as the ledger keeps them.
 */
public record CapUse(String sourceId, String authority, int fiscalYear, String currency, String cap,
                     String allocated) {

    /** The share of a cap allocated from which it is nearly reached: the one definition every screen uses. */
    public static final BigDecimal NEARLY = new BigDecimal("0.90");

    /** Whether {@code allocated} has nearly reached {@code cap} ({@link #NEARLY} of it, or more). */
    public static boolean nearlyReached(String cap, String allocated) {
        return Amount.of(allocated).value().compareTo(Amount.of(cap).value().multiply(NEARLY)) >= 0;
    }

    public boolean nearlyReached() {
        return nearlyReached(cap, allocated);
    }

    /** What remains to allocate under the cap. */
    @JsonProperty("remaining")
    public String remaining() {
        return Amount.of(cap).minus(Amount.of(allocated)).toString();
    }
}
