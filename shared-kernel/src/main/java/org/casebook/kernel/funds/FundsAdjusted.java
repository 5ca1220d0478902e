package org.casebook.kernel.funds;

import org.casebook.kernel.EventType;
import org.casebook.kernel.crisis.CaseId;

/** An allocation, obligation or disbursement was reduced by {@code change} (negative), for {@code reason}. */
@EventType(name = "FundsAdjusted", revision = "1")
public record FundsAdjusted(FundingSourceId sourceId, EntryNumber entry, CaseId crisisId, Amount change,
                            String reason) implements FundsEvent {
}
