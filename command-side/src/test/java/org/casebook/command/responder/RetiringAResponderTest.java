package org.casebook.command.responder;

import static org.casebook.command.BrokenRule.brokenRule;
import static org.casebook.command.responder.RosterHistory.RESPONDER;
import static org.casebook.command.responder.RosterHistory.fixture;
import static org.casebook.command.responder.RosterHistory.registered;
import static org.casebook.command.responder.RosterHistory.retired;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.casebook.kernel.responder.ResponderRetired;
import org.casebook.kernel.responder.RetireResponder;
import org.junit.jupiter.api.Test;

class RetiringAResponderTest {

    private final AggregateTestFixture<Responder> fixture = fixture();

    @Test
    void a_responder_retires_with_a_reason() {
        fixture.given(registered())
               .when(new RetireResponder(RESPONDER, "Left the corps"))
               .expectEvents(new ResponderRetired(RESPONDER, "Left the corps"));
    }

    @Test
    void retiring_needs_a_reason() {
        fixture.given(registered())
               .when(new RetireResponder(RESPONDER, " "))
               .expectNoEvents()
               .expectException(brokenRule("retiring-needs-reason").onField("reason"));
    }

    @Test
    void a_responder_retires_once() {
        fixture.given(registered(), retired())
               .when(new RetireResponder(RESPONDER, "Again"))
               .expectNoEvents()
               .expectException(brokenRule("responder-is-retired"));
    }
}
