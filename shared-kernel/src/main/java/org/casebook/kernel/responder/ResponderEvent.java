package org.casebook.kernel.responder;

/** An entry in the record of one responder. */
public sealed interface ResponderEvent
        permits ResponderRegistered, ResponderSkillsChanged, ResponderAvailabilityChanged, ResponderRetired,
        ResponderBooked, ResponderBookingChanged, ResponderBookingCancelled {

    ResponderId responderId();
}
