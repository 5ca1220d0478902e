package org.casebook.kernel.funds;

import org.casebook.kernel.crisis.CaseId;
import org.casebook.kernel.crisis.Sensitivity;

/**
 * Records that the congressional committees were notified of an allocation of case {@code crisisId}: what is
 * provided (services, articles, funds), the purpose, the objectives it advances, other funds already programmed for
 * the same end (or none), and its classification. The day it was transmitted is the day the command takes effect;
 * the account, the committees and the waiting period come from the authority's terms when it is recorded.
 */
public record TransmitNotification(FundingSourceId sourceId, CaseId crisisId, EntryNumber allocation,
                                   String provided, String purpose, String objectives, String otherFunds,
                                   Sensitivity classification) implements FundsCommand {
}
