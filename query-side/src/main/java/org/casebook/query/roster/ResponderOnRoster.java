package org.casebook.query.roster;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A responder as the roster shows them on a given day: their entry, the deployment they are on that day (if any)
 * and the days they have served on deployments up to it.
 */
public record ResponderOnRoster(@JsonUnwrapped RosterResponder responder, RosterResponder.Booking currentDeployment,
                                long deployedDays) {

    public static ResponderOnRoster on(RosterResponder entry, LocalDate day) {
        return new ResponderOnRoster(entry, entry.bookingOn(day).orElse(null), entry.deployedDaysBy(day));
    }
}
