package org.casebook.query.roster;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.casebook.kernel.responder.CorpsComponent;
import org.casebook.query.Positioned;

/**
 * One responder on the roster. {@code name} and {@code contact} are personal data. {@code unavailableUntil} is
 * the first day an unavailable responder is back; {@code bookings} are the deployments they were approved for,
 * each with the days it covers (up to its end, once ended); {@code version} is the number of entries of the
 * responder, as used in ETag and If-Match.
 */
public record RosterResponder(
        String id,
        String name,
        String contact,
        CorpsComponent component,
        String agency,
        List<String> skills,
        int maxTourDays,
        boolean available,
        LocalDate unavailableUntil,
        String unavailableReason,
        boolean retired,
        String retiredReason,
        List<Booking> bookings,
        Instant registeredAt,
        long version,
        long position) implements Positioned {

    /** The same entry with these bookings (the same, some with their text withheld). */
    public RosterResponder withBookings(List<Booking> shown) {
        return new RosterResponder(id, name, contact, component, agency, skills, maxTourDays, available,
                               unavailableUntil, unavailableReason, retired, retiredReason, shown, registeredAt,
                               version, position);
    }

    public record Booking(String deploymentId, String caseId, String role, LocalDate start, LocalDate end) {

        boolean covers(LocalDate day) {
            return !day.isBefore(start) && !day.isAfter(end);
        }

        /** The days of this booking served by {@code day}, included. */
        long servedBy(LocalDate day) {
            if (day.isBefore(start)) {
                return 0;
            }
            return ChronoUnit.DAYS.between(start, day.isAfter(end) ? end : day) + 1;
        }
    }

    /** The booking that covers {@code day}, if any. */
    public Optional<Booking> bookingOn(LocalDate day) {
        return bookings.stream().filter(booking -> booking.covers(day)).findFirst();
    }

    /** The days of all bookings served by {@code day}, included. */
    public long deployedDaysBy(LocalDate day) {
        return bookings.stream().mapToLong(booking -> booking.servedBy(day)).sum();
    }
}
