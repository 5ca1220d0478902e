package org.casebook.kernel.funds;

import org.casebook.kernel.EventType;
import org.casebook.kernel.crisis.CaseId;
import org.casebook.kernel.crisis.DecisionId;
import org.casebook.kernel.deployment.Sector;

/** {@code amount} of the source was allocated to a project of a case, on the decision {@code authorizedBy}. */
@EventType(name = "FundsAllocated", revision = "1")
public record FundsAllocated(FundingSourceId sourceId, EntryNumber allocation, CaseId crisisId, String project,
                             Sector sector, Amount amount, DecisionId authorizedBy) implements FundsEvent {
}
