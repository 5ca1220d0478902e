package org.casebook.kernel.responder;

import org.casebook.kernel.AddressedCommand;

/** A command addressed to one responder. */
public interface ResponderCommand extends AddressedCommand {

    ResponderId responderId();

    @Override
    default String targetId() {
        return responderId().value();
    }
}
