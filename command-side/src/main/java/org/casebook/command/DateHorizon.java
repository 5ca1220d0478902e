package org.casebook.command;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;

import org.springframework.stereotype.Component;

/**
 * The days a date in a request may name (a deployment's period, the day an unavailable responder is back, a
 * handover's effective day): none before the earliest time Casebook records
 * ({@code casebook.commands.earliest-effective-at}), none further ahead of the server clock than
 * {@code casebook.commands.furthest-date-ahead}. A date outside is a typing error, not a plan (year 0, 9999).
 */
@Component
public class DateHorizon {

    private final Clock clock;
    private final LocalDate earliest;
    private final Period furthestAhead;

    public DateHorizon(Clock clock, CommandSettings settings) {
        this.clock = clock;
        this.earliest = settings.earliestEffectiveAt().atZone(ZoneOffset.UTC).toLocalDate();
        this.furthestAhead = settings.furthestDateAhead();
    }

    /** Why {@code day} is outside the horizon (or, if {@code afterToday}, not after today), or null if it is not. */
    public String refusal(LocalDate day, boolean afterToday) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (afterToday && !day.isAfter(today)) {
            return "must be after today (" + today + ")";
        }
        if (day.isBefore(earliest)) {
            return "must not be before " + earliest + " (casebook.commands.earliest-effective-at)";
        }
        LocalDate latest = today.plus(furthestAhead);
        if (day.isAfter(latest)) {
            return "must not be after " + latest + ", " + furthestAhead.getYears() + " years from today "
                   + "(casebook.commands.furthest-date-ahead)";
        }
        return null;
    }
}
