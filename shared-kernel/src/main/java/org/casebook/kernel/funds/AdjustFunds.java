package org.casebook.kernel.funds;

import org.casebook.kernel.crisis.CaseId;

/**
 * Reduces an allocation, an obligation (a de-obligation) or a disbursement (a correction) by a negative
 * {@code change}, with the reason: movements are never edited.
 */
public record AdjustFunds(FundingSourceId sourceId, CaseId crisisId, EntryNumber entry, Amount change,
                          String reason) implements FundsCommand {
}
