package org.casebook.command.crisis;

import static org.casebook.command.BrokenRule.brokenRule;
import static org.casebook.command.crisis.CaseEntries.CASE;
import static org.casebook.command.crisis.CaseEntries.CRSG;
import static org.casebook.command.crisis.CaseEntries.fixture;
import static org.casebook.command.crisis.CaseEntries.opened;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.casebook.kernel.crisis.Coordinator;
import org.casebook.kernel.crisis.CountryCode;
import org.casebook.kernel.crisis.OpenCrisis;
import org.casebook.kernel.crisis.Sensitivity;
import org.casebook.kernel.crisis.Stage;
import org.junit.jupiter.api.Test;

class OpeningACaseTest {

    private final AggregateTestFixture<Crisis> fixture = fixture();

    @Test
    void a_case_opens_in_the_stage_given() {
        fixture.givenNoPriorActivity()
               .when(open(Stage.ASSESSMENT))
               .expectSuccessfulHandlerExecution()
               .expectEvents(opened(Stage.ASSESSMENT));
    }

    @Test
    void a_case_opens_in_watch_when_no_stage_is_given() {
        fixture.givenNoPriorActivity()
               .when(open(null))
               .expectEvents(opened(Stage.WATCH));
    }

    @Test
    void a_case_cannot_be_opened_as_closed() {
        fixture.givenNoPriorActivity()
               .when(open(Stage.CLOSED))
               .expectNoEvents()
               .expectException(brokenRule("opens-before-closing").onField("stage"));
    }

    private static OpenCrisis open(Stage stage) {
        return new OpenCrisis(CASE, "Border instability", new CountryCode("SD"), "West Darfur",
                              "Raids across the border", stage, Sensitivity.SBU, CRSG, new Coordinator("M. Alvarez"));
    }
}
