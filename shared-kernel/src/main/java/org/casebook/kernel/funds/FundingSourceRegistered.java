package org.casebook.kernel.funds;

import org.casebook.kernel.EventType;

/** A funding source: its authority, fiscal year and cap, in {@code currency} (USD). */
@EventType(name = "FundingSourceRegistered", revision = "1")
public record FundingSourceRegistered(FundingSourceId sourceId, String authority, int fiscalYear, Amount cap,
                                      String currency) implements FundsEvent {
}
