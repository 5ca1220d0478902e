package org.casebook.kernel.responder;

/** Takes a responder off the roster for good; their history stays. */
public record RetireResponder(ResponderId responderId, String reason) implements ResponderCommand {
}
