package org.casebook.kernel.funds;

import java.time.LocalDate;

import org.casebook.kernel.EventType;
import org.casebook.kernel.crisis.CaseId;

/**
 * The waiting period of an allocation's notification was waived, for the emergency {@code circumstances}: money of
 * it may be obligated from the day this takes effect, and the notification is owed by {@code notifyBy}.
 */
@EventType(name = "NotificationWaitWaived", revision = "1")
public record NotificationWaitWaived(FundingSourceId sourceId, EntryNumber allocation, CaseId crisisId,
                                     String circumstances, LocalDate notifyBy) implements FundsEvent {
}
