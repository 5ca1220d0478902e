package org.casebook.query.roster;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A responder as the roster shows them on a given day: their entry, the deployment they are on that day (if any)
 * and the days they have served on deployments up to it.
 */
public record ResponderOnRoster(@JsonUnwrapped RosterEntry responder, RosterEntry.Booking currentDeployment,
                                long deployedDays) {

    public static ResponderOnRoster on(RosterEntry entry, LocalDate day) {
        return new ResponderOnRoster(entry, entry.bookingOn(day).orElse(null), entry.deployedDaysBy(day));
    }
}
