package org.casebook.kernel.funds;

import org.casebook.kernel.crisis.CrisisId;

/** Commits money of an allocation of case {@code crisisId} (a contract, a grant). */
public record ObligateFunds(FundingSourceId sourceId, CrisisId crisisId, EntryNumber allocation, Amount amount,
                            String description) implements FundsCommand {
}
