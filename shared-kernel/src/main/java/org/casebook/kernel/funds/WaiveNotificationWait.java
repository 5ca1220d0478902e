package org.casebook.kernel.funds;

import org.casebook.kernel.crisis.CaseId;

/**
 * Allows money of an allocation to be obligated before the notification's waiting period ends, in an emergency:
 * {@code circumstances} explains it. The committees are then owed the notification within the authority's terms.
 */
public record WaiveNotificationWait(FundingSourceId sourceId, CaseId crisisId, EntryNumber allocation,
                                    String circumstances) implements FundsCommand {
}
