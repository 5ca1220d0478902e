package org.casebook.kernel.funds;

import org.casebook.kernel.crisis.CaseId;
import org.casebook.kernel.crisis.DecisionId;
import org.casebook.kernel.deployment.Sector;

/** Sets money of a source aside for a project of a case in a sector, on the case's decision {@code authorizedBy}. */
public record AllocateFunds(FundingSourceId sourceId, CaseId crisisId, String project, Sector sector,
                            Amount amount, DecisionId authorizedBy) implements FundsCommand {
}
