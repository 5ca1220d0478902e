package org.casebook.command.crisis;

import static org.casebook.command.BrokenRule.brokenRule;
import static org.casebook.command.crisis.CaseEntries.CASE;
import static org.casebook.command.crisis.CaseEntries.closed;
import static org.casebook.command.crisis.CaseEntries.fixture;
import static org.casebook.command.crisis.CaseEntries.opened;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.casebook.kernel.crisis.CrisisReopened;
import org.casebook.kernel.crisis.ReopenCrisis;
import org.casebook.kernel.crisis.Stage;
import org.junit.jupiter.api.Test;

class ReopeningACaseTest {

    private final AggregateTestFixture<Crisis> fixture = fixture();

    @Test
    void a_reopened_case_returns_to_the_stage_it_was_closed_from() {
        fixture.given(opened(Stage.TRANSITION), closed(Stage.TRANSITION))
               .when(new ReopenCrisis(CASE, "Renewed raids"))
               .expectEvents(new CrisisReopened(CASE, Stage.TRANSITION, "Renewed raids"));
    }

    @Test
    void only_a_closed_case_can_be_reopened() {
        fixture.given(opened(Stage.OPERATIONS))
               .when(new ReopenCrisis(CASE, "Renewed raids"))
               .expectNoEvents()
               .expectException(brokenRule("only-a-closed-case-reopens"));
    }

    @Test
    void reopening_needs_a_reason() {
        fixture.given(opened(Stage.TRANSITION), closed(Stage.TRANSITION))
               .when(new ReopenCrisis(CASE, ""))
               .expectNoEvents()
               .expectException(brokenRule("reopening-needs-reason").onField("reason"));
    }
}
