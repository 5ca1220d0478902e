package org.casebook.kernel.funds;

import org.casebook.kernel.AddressedCommand;

/** A command addressed to one funding source: every movement of its money is checked against it. */
public interface FundsCommand extends AddressedCommand {

    FundingSourceId sourceId();

    @Override
    default String targetId() {
        return sourceId().value();
    }
}
