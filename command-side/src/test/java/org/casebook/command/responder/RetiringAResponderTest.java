package org.casebook.command.responder;

import static org.casebook.command.responder.RosterHistory.RESPONDER;
import static org.casebook.command.responder.RosterHistory.fixture;
import static org.casebook.command.responder.RosterHistory.registered;
import static org.casebook.command.responder.RosterHistory.retired;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.casebook.command.RuleViolation;
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
               .expectException(RuleViolation.class)
               .expectExceptionMessage("retiring a responder needs a reason");
    }

    @Test
    void a_responder_retires_once() {
        fixture.given(registered(), retired())
               .when(new RetireResponder(RESPONDER, "Again"))
               .expectNoEvents()
               .expectExceptionMessage("responder responder-1 is retired: cannot retire them");
    }
}
