package org.casebook.kernel.responder;

/** Records that a responder is available again, or unavailable until a date. */
public record ChangeResponderAvailability(ResponderId responderId, Availability availability)
        implements ResponderCommand {
}
