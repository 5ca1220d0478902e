package org.casebook.command.responder;

import static org.casebook.command.BrokenRule.brokenRule;
import static org.casebook.command.Refused.staleVersion;
import static org.casebook.command.responder.RosterHistory.POLICING;
import static org.casebook.command.responder.RosterHistory.RESPONDER;
import static org.casebook.command.responder.RosterHistory.RULE_OF_LAW;
import static org.casebook.command.responder.RosterHistory.fixture;
import static org.casebook.command.responder.RosterHistory.registered;
import static org.casebook.command.responder.RosterHistory.retired;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.casebook.command.CommandMetadata;
import org.casebook.kernel.RecordMetadata;
import org.casebook.kernel.crisis.CaseId;
import org.casebook.kernel.deployment.DeploymentId;
import org.casebook.kernel.deployment.DeploymentRole;
import org.casebook.kernel.deployment.Period;
import org.casebook.kernel.responder.Availability;
import org.casebook.kernel.responder.ChangeResponderAvailability;
import org.casebook.kernel.responder.ChangeResponderSkills;
import org.casebook.kernel.responder.ResponderAvailabilityChanged;
import org.casebook.kernel.responder.ResponderBooked;
import org.casebook.kernel.responder.ResponderBookingChanged;
import org.casebook.kernel.responder.ResponderSkillsChanged;
import org.casebook.kernel.responder.Skill;
import org.junit.jupiter.api.Test;

class ChangingAResponderTest {

    private static final DeploymentId DEPLOYMENT = new DeploymentId("deployment-1");
    private static final CaseId CASE = new CaseId("case-1");
    private static final DeploymentRole ADVISER = new DeploymentRole("sector adviser");

    private final AggregateTestFixture<Responder> fixture = fixture();

    @Test
    void new_skills_replace_the_old_ones() {
        fixture.given(registered())
               .when(new ChangeResponderSkills(RESPONDER, List.of(RULE_OF_LAW, POLICING)))
               .expectEvents(new ResponderSkillsChanged(RESPONDER, List.of(POLICING, RULE_OF_LAW)));
    }

    @Test
    void an_unknown_skill_changes_nothing() {
        fixture.given(registered())
               .when(new ChangeResponderSkills(RESPONDER, List.of(new Skill("juggling"))))
               .expectNoEvents()
               .expectException(brokenRule("skill-must-be-known").onField("skills"));
    }

    @Test
    void a_responder_becomes_unavailable_until_a_date_with_a_reason() {
        Availability away = Availability.unavailableUntil(LocalDate.parse("2027-03-01"), "Medical leave");
        fixture.given(registered())
               .when(new ChangeResponderAvailability(RESPONDER, away))
               .expectEvents(new ResponderAvailabilityChanged(RESPONDER, away));
    }

    @Test
    void a_retired_responder_does_not_change() {
        fixture.given(registered(), retired())
               .when(new ChangeResponderAvailability(RESPONDER, Availability.availableNow()))
               .expectNoEvents()
               .expectException(brokenRule("responder-is-retired"));
    }

    @Test
    void a_retired_responder_keeps_the_skills_they_had() {
        fixture.given(registered(), retired())
               .when(new ChangeResponderSkills(RESPONDER, List.of(POLICING)))
               .expectNoEvents()
               .expectException(brokenRule("responder-is-retired"));
    }

    @Test
    void a_responder_is_not_made_unavailable_over_the_days_a_booking_was_moved_to() {
        Period moved = new Period(LocalDate.parse("2027-04-01"), LocalDate.parse("2027-05-31"));
        fixture.given(registered(),
                      new ResponderBooked(RESPONDER, DEPLOYMENT, CASE, ADVISER,
                                          new Period(LocalDate.parse("2027-01-10"), LocalDate.parse("2027-03-10"))),
                      new ResponderBookingChanged(RESPONDER, DEPLOYMENT, moved))
               .when(new ChangeResponderAvailability(
                             RESPONDER, Availability.unavailableUntil(LocalDate.parse("2027-04-15"), "Training")),
                     Map.of(RecordMetadata.EFFECTIVE_AT, "2027-03-20T09:00:00Z"))
               .expectNoEvents()
               .expectException(brokenRule("responder-unavailable").onField("until"));
    }

    @Test
    void a_change_from_a_version_that_is_no_longer_current_is_refused() {
        fixture.given(registered(), new ResponderSkillsChanged(RESPONDER, List.of(POLICING)))
               .when(new ChangeResponderSkills(RESPONDER, List.of(RULE_OF_LAW)),
                     Map.of(CommandMetadata.EXPECTED_VERSION, 1L))
               .expectNoEvents()
               .expectException(staleVersion("responder responder-1", 1, 2));
    }

    @Test
    void a_step_of_a_responder_does_not_take_effect_before_they_were_registered() {
        fixture.given(List.of(GenericEventMessage.asEventMessage(registered()).andMetaData(
                       MetaData.with(RecordMetadata.EFFECTIVE_AT, "2026-12-01T09:00:00Z"))))
               .when(new ChangeResponderSkills(RESPONDER, List.of(POLICING)),
                     Map.of(RecordMetadata.EFFECTIVE_AT, "2026-11-01T09:00:00Z"))
               .expectNoEvents()
               .expectException(brokenRule("effective-before-opening").onField(RecordMetadata.EFFECTIVE_AT));
    }
}
