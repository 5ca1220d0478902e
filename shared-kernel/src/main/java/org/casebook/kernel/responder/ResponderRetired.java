package org.casebook.kernel.responder;

import org.casebook.kernel.EventType;

@EventType(name = "ResponderRetired", revision = "1")
public record ResponderRetired(ResponderId responderId, String reason) implements ResponderEvent {
}
