package org.casebook.kernel.funds;

import org.casebook.kernel.crisis.CrisisId;

/** Pays out money of an obligation of case {@code crisisId}. */
public record DisburseFunds(FundingSourceId sourceId, CrisisId crisisId, EntryNumber obligation, Amount amount,
                            String description) implements FundsCommand {
}
