package org.casebook.kernel.funds;

import org.casebook.kernel.crisis.CaseId;

/** Pays out money of an obligation of case {@code crisisId}. */
public record DisburseFunds(FundingSourceId sourceId, CaseId crisisId, EntryNumber obligation, Amount amount,
                            String description) implements FundsCommand {
}
