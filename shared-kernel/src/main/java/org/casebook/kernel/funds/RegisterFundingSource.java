package org.casebook.kernel.funds;

/** A statute or authority that provides up to {@code cap} US dollars in one fiscal year. */
public record RegisterFundingSource(FundingSourceId sourceId, String authority, int fiscalYear, Amount cap)
        implements FundsCommand {
}
