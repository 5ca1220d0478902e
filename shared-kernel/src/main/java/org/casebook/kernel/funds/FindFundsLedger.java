package org.casebook.kernel.funds;

/** One funding source's ledger: cap, totals, remaining, by case and sector, every movement. */
public record FindFundsLedger(FundingSourceId sourceId) {
}
