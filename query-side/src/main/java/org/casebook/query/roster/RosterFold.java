package org.casebook.query.roster;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.casebook.kernel.responder.Availability;
import org.casebook.kernel.responder.ResponderAvailabilityChanged;
import org.casebook.kernel.responder.ResponderBooked;
import org.casebook.kernel.responder.ResponderBookingCancelled;
import org.casebook.kernel.responder.ResponderBookingChanged;
import org.casebook.kernel.responder.ResponderEvent;
import org.casebook.kernel.responder.ResponderRegistered;
import org.casebook.kernel.responder.ResponderRetired;
import org.casebook.kernel.responder.ResponderSkillsChanged;
import org.casebook.kernel.responder.Skill;
import org.casebook.query.roster.RosterResponder.Booking;

/** A responder's roster entry as a fold over their events. Pure: no storage, no clock. */
public final class RosterFold {

    private RosterFold() {
    }

    /**
     * The entry after {@code event}, the responder's entry number {@code sequence} (from 0), recorded at
     * {@code recordedAt} at journal {@code position}.
     */
    public static RosterResponder apply(RosterResponder entry, ResponderEvent event, long sequence, long position,
                                    Instant recordedAt) {
        if (event instanceof ResponderRegistered registered) {
            Availability availability = registered.availability();
            return new RosterResponder(registered.responderId().value(), registered.personal().name(),
                                   registered.personal().contact(), registered.component(),
                                   registered.agency().value(), names(registered.skills()),
                                   registered.maxTourDays(), availability.available(), availability.until(),
                                   availability.reason(), false, null, List.of(), recordedAt, sequence + 1,
                                   position);
        }
        Draft draft = new Draft(entry);
        if (event instanceof ResponderSkillsChanged changed) {
            draft.skills = names(changed.skills());
        } else if (event instanceof ResponderAvailabilityChanged changed) {
            draft.availability = changed.availability();
        } else if (event instanceof ResponderRetired retired) {
            draft.retiredReason = retired.reason();
        } else if (event instanceof ResponderBooked booked) {
            draft.bookings.add(new Booking(booked.deploymentId().value(), booked.crisisId().value(),
                                           booked.role().value(), booked.period().start(), booked.period().end()));
        } else if (event instanceof ResponderBookingCancelled cancelled) {
            draft.bookings.removeIf(booking -> booking.deploymentId().equals(cancelled.deploymentId().value()));
        } else if (event instanceof ResponderBookingChanged changed) {
            draft.bookings.replaceAll(booking -> booking.deploymentId().equals(changed.deploymentId().value())
                    ? new Booking(booking.deploymentId(), booking.caseId(), booking.role(), changed.period().start(),
                                  changed.period().end())
                    : booking);
        }
        return draft.build(sequence + 1, position);
    }

    private static List<String> names(List<Skill> skills) {
        return skills.stream().map(Skill::value).toList();
    }

    private static final class Draft {
        private final RosterResponder entry;
        private List<String> skills;
        private Availability availability;
        private String retiredReason;
        private final List<Booking> bookings;

        Draft(RosterResponder entry) {
            this.entry = entry;
            this.skills = entry.skills();
            LocalDate until = entry.unavailableUntil();
            this.availability = entry.available() ? Availability.availableNow()
                                                  : Availability.unavailableUntil(until, entry.unavailableReason());
            this.retiredReason = entry.retiredReason();
            this.bookings = new ArrayList<>(entry.bookings());
        }

        RosterResponder build(long version, long position) {
            return new RosterResponder(entry.id(), entry.name(), entry.contact(), entry.component(), entry.agency(),
                                   skills, entry.maxTourDays(), availability.available(), availability.until(),
                                   availability.reason(), retiredReason != null, retiredReason,
                                   List.copyOf(bookings), entry.registeredAt(), version, position);
        }
    }
}
