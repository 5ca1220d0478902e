package org.casebook.kernel.funds;

import java.time.LocalDate;
import java.util.List;

import org.casebook.kernel.EventType;
import org.casebook.kernel.crisis.CaseId;
import org.casebook.kernel.crisis.Sensitivity;

/**
 * The committees were notified of an allocation, on {@code transmittedOn}. It holds what they received: the
 * authority's account and the committees notified, the waiting period and so the earliest day money of the
 * allocation may be obligated, the amount notified, what is provided, the purpose, objectives and other funds, and
 * the classification. The authority's terms are copied from configuration when it is recorded, so a report built
 * later shows what was sent.
 */
@EventType(name = "NotificationTransmitted", revision = "1")
public record NotificationTransmitted(FundingSourceId sourceId, EntryNumber allocation, CaseId crisisId,
                                      LocalDate transmittedOn, String account, List<String> committees,
                                      int waitingDays, LocalDate earliestObligationOn, Amount amount,
                                      String provided, String purpose, String objectives, String otherFunds,
                                      Sensitivity classification) implements FundsEvent {

    public NotificationTransmitted {
        committees = List.copyOf(committees);
    }
}
