package org.casebook.query.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.casebook.kernel.crisis.CaseId;
import org.casebook.kernel.deployment.DeploymentId;
import org.casebook.kernel.deployment.DeploymentRole;
import org.casebook.kernel.deployment.Period;
import org.casebook.kernel.responder.Agency;
import org.casebook.kernel.responder.Availability;
import org.casebook.kernel.responder.CorpsComponent;
import org.casebook.kernel.responder.PersonalDetails;
import org.casebook.kernel.responder.ResponderAvailabilityChanged;
import org.casebook.kernel.responder.ResponderBooked;
import org.casebook.kernel.responder.ResponderBookingCancelled;
import org.casebook.kernel.responder.ResponderBookingChanged;
import org.casebook.kernel.responder.ResponderId;
import org.casebook.kernel.responder.ResponderRegistered;
import org.casebook.kernel.responder.ResponderRetired;
import org.casebook.kernel.responder.ResponderSkillsChanged;
import org.casebook.kernel.responder.Skill;
import org.junit.jupiter.api.Test;

class RosterFoldTest {

    private static final ResponderId ID = new ResponderId("responder-1");
    private static final Instant REGISTERED_AT = Instant.parse("2026-11-02T09:00:00Z");
    private static final Period TOUR = new Period(LocalDate.parse("2027-01-10"), LocalDate.parse("2027-03-10"));

    private static RosterResponder registered() {
        return RosterFold.apply(null, new ResponderRegistered(ID, new PersonalDetails("Amina Diallo", null),
                                                              CorpsComponent.STANDBY, new Agency("Justice"),
                                                              List.of(new Skill("policing")), 180,
                                                              Availability.availableNow()),
                                0, 40, REGISTERED_AT);
    }

    @Test
    void registering_puts_the_responder_on_the_roster_available() {
        RosterResponder entry = registered();

        assertThat(entry).isEqualTo(new RosterResponder("responder-1", "Amina Diallo", null, CorpsComponent.STANDBY,
                                                    "Justice", List.of("policing"), 180, true, null, null, false,
                                                    null, List.of(), REGISTERED_AT, 1, 40));
    }

    @Test
    void becoming_unavailable_records_until_when_and_why_and_keeps_the_rest() {
        Availability away = Availability.unavailableUntil(LocalDate.parse("2027-03-01"), "Medical leave");

        RosterResponder entry = RosterFold.apply(registered(), new ResponderAvailabilityChanged(ID, away), 1, 52,
                                             Instant.parse("2026-12-01T09:00:00Z"));

        assertThat(entry.available()).isFalse();
        assertThat(entry.unavailableUntil()).isEqualTo(LocalDate.parse("2027-03-01"));
        assertThat(entry.unavailableReason()).isEqualTo("Medical leave");
        assertThat(entry.skills()).containsExactly("policing");
        assertThat(entry.registeredAt()).isEqualTo(REGISTERED_AT);
        assertThat(entry.version()).isEqualTo(2);
        assertThat(entry.position()).isEqualTo(52);
    }

    @Test
    void new_skills_replace_the_old_ones_and_retiring_keeps_them() {
        RosterResponder skilled = RosterFold.apply(registered(), new ResponderSkillsChanged(
                ID, List.of(new Skill("elections"))), 1, 50, REGISTERED_AT);
        RosterResponder retired = RosterFold.apply(skilled, new ResponderRetired(ID, "Left"), 2, 60, REGISTERED_AT);

        assertThat(skilled.skills()).containsExactly("elections");
        assertThat(retired.retired()).isTrue();
        assertThat(retired.retiredReason()).isEqualTo("Left");
        assertThat(retired.skills()).containsExactly("elections");
        assertThat(retired.version()).isEqualTo(3);
    }

    @Test
    void a_booking_is_listed_with_its_case_and_role_and_follows_its_changes() {
        DeploymentId deployment = new DeploymentId("deployment-1");
        Period period = new Period(LocalDate.parse("2027-01-10"), LocalDate.parse("2027-03-10"));
        RosterResponder booked = RosterFold.apply(registered(), new ResponderBooked(
                ID, deployment, new CaseId("case-1"), new DeploymentRole("team lead"), period), 1, 50, REGISTERED_AT);
        RosterResponder ended = RosterFold.apply(booked, new ResponderBookingChanged(
                ID, deployment, period.endingOn(LocalDate.parse("2027-02-01"))), 2, 60, REGISTERED_AT);

        assertThat(booked.bookings()).containsExactly(new RosterResponder.Booking(
                "deployment-1", "case-1", "team lead", LocalDate.parse("2027-01-10"), LocalDate.parse("2027-03-10")));
        assertThat(ended.bookings()).containsExactly(new RosterResponder.Booking(
                "deployment-1", "case-1", "team lead", LocalDate.parse("2027-01-10"), LocalDate.parse("2027-02-01")));
    }

    @Test
    void a_cancelled_booking_is_dropped_and_the_others_stay() {
        RosterResponder cancelled = RosterFold.apply(twoBookings(), new ResponderBookingCancelled(
                ID, new DeploymentId("deployment-1")), 3, 52, REGISTERED_AT);

        assertThat(cancelled.bookings()).extracting(RosterResponder.Booking::deploymentId).containsExactly("deployment-2");
        assertThat(cancelled.version()).isEqualTo(4);
    }

    @Test
    void a_changed_booking_leaves_the_other_bookings_as_they_were() {
        RosterResponder changed = RosterFold.apply(twoBookings(), new ResponderBookingChanged(
                ID, new DeploymentId("deployment-2"), TOUR.endingOn(LocalDate.parse("2027-02-01"))), 3, 52,
                                               REGISTERED_AT);

        assertThat(changed.bookings()).containsExactly(
                new RosterResponder.Booking("deployment-1", "case-1", "adviser", TOUR.start(), TOUR.end()),
                new RosterResponder.Booking("deployment-2", "case-2", "adviser", TOUR.start(),
                                        LocalDate.parse("2027-02-01")));
    }

    /** A responder booked for the same tour by two cases. */
    private static RosterResponder twoBookings() {
        RosterResponder entry = RosterFold.apply(registered(), new ResponderBooked(
                ID, new DeploymentId("deployment-1"), new CaseId("case-1"), new DeploymentRole("adviser"), TOUR),
                                             1, 50, REGISTERED_AT);
        return RosterFold.apply(entry, new ResponderBooked(
                ID, new DeploymentId("deployment-2"), new CaseId("case-2"), new DeploymentRole("adviser"), TOUR),
                                2, 51, REGISTERED_AT);
    }
}
