package org.casebook.console.roster;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.casebook.console.Shown;
import org.casebook.kernel.responder.Availability;
import org.casebook.query.roster.ResponderOnRoster;
import org.casebook.query.roster.RosterResponder;

/**
 * A responder as the roster's pages show them on a day: by name, with whether they can deploy that day in words
 * (the responder's own rule, {@link Availability#on}), and their deployments by the title of the case, latest
 * first. No id is shown: {@code id} and {@code caseId} make links.
 */
public record ResponderShown(String id, String name, String contact, String component, String agency,
                             List<String> skills, String availability, boolean deployable, String unavailableReason,
                             boolean retired, String retiredReason, Deployment current, List<Deployment> deployments,
                             long deployedDays, int maxTourDays, Instant registeredAt, long version) {

    private static final Shown SHOWN = new Shown();

    /** A deployment the responder is booked on, as the roster holds it: the case, the role, the days. */
    public record Deployment(String caseId, String caseTitle, String role, LocalDate start, LocalDate end,
                             String when) {
    }

    /** {@code titles} gives each case's title as the reader may see it (empty where no view holds the case yet). */
    public static ResponderShown of(ResponderOnRoster found, LocalDate today,
                                    Function<String, Optional<String>> titles) {
        RosterResponder entry = found.responder();
        Availability availability = entry.available() ? Availability.availableNow()
                : Availability.unavailableUntil(entry.unavailableUntil(), entry.unavailableReason());
        boolean deployable = !entry.retired() && availability.on(today);
        String words = entry.retired() ? "Retired"
                : availability.on(today) ? "Available"
                : "Unavailable, back on " + SHOWN.day(availability.until());
        RosterResponder.Booking current = found.currentDeployment();
        return new ResponderShown(entry.id(), entry.name(), entry.contact(), SHOWN.word(entry.component()),
                                  entry.agency(), entry.skills(), words,
                                  deployable, availability.on(today) ? null : entry.unavailableReason(),
                                  entry.retired(), entry.retiredReason(),
                                  current == null ? null : deployment(current, today, titles),
                                  entry.bookings().stream()
                                       .sorted(Comparator.comparing(RosterResponder.Booking::start).reversed())
                                       .map(booking -> deployment(booking, today, titles)).toList(),
                                  found.deployedDays(), entry.maxTourDays(), entry.registeredAt(), entry.version());
    }

    private static Deployment deployment(RosterResponder.Booking booking, LocalDate today,
                                         Function<String, Optional<String>> titles) {
        String when = today.isBefore(booking.start()) ? "Upcoming" : today.isAfter(booking.end()) ? "Ended"
                : "Current";
        return new Deployment(booking.caseId(), titles.apply(booking.caseId()).orElse("A case not on the board yet"),
                              booking.role(), booking.start(), booking.end(), when);
    }

    /** The skills in words, on one line ({@code skills} are their names, as the roster records them). */
    public String skillList() {
        return skills.isEmpty() ? "None recorded"
                : String.join(", ", skills.stream().map(SHOWN::word).toList());
    }
}
