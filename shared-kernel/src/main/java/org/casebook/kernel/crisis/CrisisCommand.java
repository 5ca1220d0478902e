package org.casebook.kernel.crisis;

import org.casebook.kernel.AddressedCommand;

/** A command addressed to one crisis case. */
public interface CrisisCommand extends AddressedCommand {

    CaseId crisisId();

    @Override
    default String targetId() {
        return crisisId().value();
    }
}
