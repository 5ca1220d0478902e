package org.casebook.command.responder;

import static org.casebook.command.BrokenRule.brokenRule;
import static org.casebook.command.responder.RosterHistory.AMINA;
import static org.casebook.command.responder.RosterHistory.JUSTICE;
import static org.casebook.command.responder.RosterHistory.POLICING;
import static org.casebook.command.responder.RosterHistory.RESPONDER;
import static org.casebook.command.responder.RosterHistory.RULE_OF_LAW;
import static org.casebook.command.responder.RosterHistory.fixture;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.casebook.kernel.responder.Availability;
import org.casebook.kernel.responder.CorpsComponent;
import org.casebook.kernel.responder.RegisterResponder;
import org.casebook.kernel.responder.ResponderRegistered;
import org.casebook.kernel.responder.Skill;
import org.junit.jupiter.api.Test;

class RegisteringAResponderTest {

    private final AggregateTestFixture<Responder> fixture = fixture();

    @Test
    void a_registered_responder_keeps_each_skill_once_in_order_and_is_available_unless_said_otherwise() {
        fixture.givenNoPriorActivity()
               .when(new RegisterResponder(RESPONDER, AMINA, CorpsComponent.ACTIVE, JUSTICE,
                                           List.of(RULE_OF_LAW, POLICING, RULE_OF_LAW), 200, null))
               .expectEvents(new ResponderRegistered(RESPONDER, AMINA, CorpsComponent.ACTIVE, JUSTICE,
                                                     List.of(POLICING, RULE_OF_LAW), 200, Availability.availableNow()));
    }

    @Test
    void without_a_tour_limit_of_their_own_a_responder_serves_the_limit_of_their_component() {
        Availability away = Availability.unavailableUntil(LocalDate.parse("2027-01-15"), "Training");
        fixture.givenNoPriorActivity()
               .when(new RegisterResponder(RESPONDER, AMINA, CorpsComponent.RESERVE, JUSTICE, List.of(), null, away))
               .expectEvents(new ResponderRegistered(RESPONDER, AMINA, CorpsComponent.RESERVE, JUSTICE, List.of(), 90,
                                                     away));
    }

    @Test
    void a_tour_limit_longer_than_the_component_allows_is_refused() {
        fixture.givenNoPriorActivity()
               .when(new RegisterResponder(RESPONDER, AMINA, CorpsComponent.STANDBY, JUSTICE, List.of(), 181, null))
               .expectNoEvents()
               .expectException(brokenRule("tour-longer-than-component-allows").onField("maxTourDays"));
    }

    @Test
    void a_skill_the_roster_does_not_know_is_refused() {
        fixture.givenNoPriorActivity()
               .when(new RegisterResponder(RESPONDER, AMINA, CorpsComponent.ACTIVE, JUSTICE,
                                           List.of(new Skill("juggling")), null, null))
               .expectNoEvents()
               .expectException(brokenRule("skill-must-be-known").onField("skills"));
    }
}
