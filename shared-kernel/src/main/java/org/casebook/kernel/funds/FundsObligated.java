package org.casebook.kernel.funds;

import org.casebook.kernel.EventType;
import org.casebook.kernel.crisis.CaseId;

@EventType(name = "FundsObligated", revision = "1")
public record FundsObligated(FundingSourceId sourceId, EntryNumber obligation, EntryNumber allocation,
                             CaseId crisisId, Amount amount, String description) implements FundsEvent {
}
