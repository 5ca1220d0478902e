package org.casebook.kernel.funds;

import org.casebook.kernel.EventType;
import org.casebook.kernel.crisis.CrisisId;

@EventType(name = "FundsObligated", revision = "1")
public record FundsObligated(FundingSourceId sourceId, EntryNumber obligation, EntryNumber allocation,
                             CrisisId crisisId, Amount amount, String description) implements FundsEvent {
}
