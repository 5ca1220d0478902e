package org.casebook.kernel.funds;

/** The ledgers of all funding sources, by fiscal year and authority. */
public record FindFundingSources() {
}
