package org.casebook.kernel.funds;

import org.casebook.kernel.crisis.CaseId;

/** Commits money of an allocation of case {@code crisisId} (a contract, a grant). */
public record ObligateFunds(FundingSourceId sourceId, CaseId crisisId, EntryNumber allocation, Amount amount,
                            String description) implements FundsCommand {
}
