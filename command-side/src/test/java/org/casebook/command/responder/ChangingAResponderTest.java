package org.casebook.command.responder;

import static org.casebook.command.BrokenRule.brokenRule;
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
import org.casebook.command.RuleViolation;
import org.casebook.command.StaleVersion;
import org.casebook.kernel.RecordMetadata;
import org.casebook.kernel.responder.Availability;
import org.casebook.kernel.responder.ChangeResponderAvailability;
import org.casebook.kernel.responder.ChangeResponderSkills;
import org.casebook.kernel.responder.ResponderAvailabilityChanged;
import org.casebook.kernel.responder.ResponderSkillsChanged;
import org.casebook.kernel.responder.Skill;
import org.junit.jupiter.api.Test;

class ChangingAResponderTest {

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
               .expectException(RuleViolation.class);
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
    void a_change_from_a_version_that_is_no_longer_current_is_refused() {
        fixture.given(registered(), new ResponderSkillsChanged(RESPONDER, List.of(POLICING)))
               .when(new ChangeResponderSkills(RESPONDER, List.of(RULE_OF_LAW)),
                     Map.of(CommandMetadata.EXPECTED_VERSION, 1L))
               .expectNoEvents()
               .expectException(StaleVersion.class);
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
