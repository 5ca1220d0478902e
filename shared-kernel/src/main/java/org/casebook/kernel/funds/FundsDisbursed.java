package org.casebook.kernel.funds;

import org.casebook.kernel.EventType;
import org.casebook.kernel.crisis.CaseId;

@EventType(name = "FundsDisbursed", revision = "1")
public record FundsDisbursed(FundingSourceId sourceId, EntryNumber disbursement, EntryNumber obligation,
                             CaseId crisisId, Amount amount, String description) implements FundsEvent {
}
