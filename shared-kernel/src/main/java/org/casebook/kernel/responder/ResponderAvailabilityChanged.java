package org.casebook.kernel.responder;

import org.casebook.kernel.EventType;

@EventType(name = "ResponderAvailabilityChanged", revision = "1")
public record ResponderAvailabilityChanged(ResponderId responderId, Availability availability)
        implements ResponderEvent {
}
