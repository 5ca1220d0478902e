package org.casebook.kernel.funds;

/** An entry in the record of one funding source. */
public sealed interface FundsEvent
        permits FundingSourceRegistered, FundsAllocated, FundsObligated, FundsDisbursed, FundsAdjusted,
                NotificationTransmitted, NotificationWaitWaived {

    FundingSourceId sourceId();
}
