package org.casebook.command.crisis;

import static org.casebook.command.BrokenRule.brokenRule;
import static org.casebook.command.crisis.CaseEntries.CASE;
import static org.casebook.command.crisis.CaseEntries.CRSG;
import static org.casebook.command.crisis.CaseEntries.assessed;
import static org.casebook.command.crisis.CaseEntries.closed;
import static org.casebook.command.crisis.CaseEntries.decided;
import static org.casebook.command.crisis.CaseEntries.fixture;
import static org.casebook.command.crisis.CaseEntries.opened;

import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.casebook.kernel.crisis.AssessmentId;
import org.casebook.kernel.crisis.DecisionId;
import org.casebook.kernel.crisis.DecisionRecorded;
import org.casebook.kernel.crisis.RecordDecision;
import org.casebook.kernel.crisis.Sensitivity;
import org.casebook.kernel.crisis.Stage;
import org.junit.jupiter.api.Test;

class RecordingADecisionTest {

    private final AggregateTestFixture<Crisis> fixture = fixture();

    @Test
    void a_decision_remembers_the_assessment_current_when_it_was_recorded() {
        fixture.given(opened(), assessed(1), assessed(2))
               .when(decide(null))
               .expectResultMessagePayload(DecisionId.number(1))
               .expectEvents(decided(1, null, AssessmentId.number(2)));
    }

    @Test
    void a_decision_without_an_assessment_records_none_as_current() {
        fixture.given(opened())
               .when(decide(null))
               .expectEvents(decided(1, null, null));
    }

    @Test
    void a_decision_can_carry_its_own_sensitivity_marking() {
        fixture.given(opened())
               .when(new RecordDecision(CASE, "Decision 1", "Because", List.of("Act", "Wait"), CRSG, "PS-2026-04",
                                        null, Sensitivity.SBU))
               .expectEvents(new DecisionRecorded(CASE, DecisionId.number(1), "Decision 1", "Because",
                                                  List.of("Act", "Wait"), CRSG, "PS-2026-04", null, null,
                                                  Sensitivity.SBU));
    }

    @Test
    void a_decision_records_at_least_one_option_considered() {
        fixture.given(opened())
               .when(new RecordDecision(CASE, "Decision 1", "Because", List.of(), CRSG, "PS-2026-04", null, null))
               .expectNoEvents()
               .expectException(brokenRule("decision-needs-options").onField("optionsConsidered"));
    }

    @Test
    void a_decision_can_supersede_an_earlier_decision_of_the_case() {
        fixture.given(opened(), decided(1, null, null))
               .when(decide(DecisionId.number(1)))
               .expectEvents(decided(2, DecisionId.number(1), null));
    }

    @Test
    void a_decision_cannot_supersede_one_that_is_not_in_the_case() {
        fixture.given(opened(), decided(1, null, null))
               .when(decide(DecisionId.number(7)))
               .expectNoEvents()
               .expectException(brokenRule("superseded-decision-must-exist").onField("supersedes"));
    }

    @Test
    void a_decision_cannot_supersede_one_already_superseded() {
        fixture.given(opened(), decided(1, null, null), decided(2, DecisionId.number(1), null))
               .when(decide(DecisionId.number(1)))
               .expectNoEvents()
               .expectException(brokenRule("decision-already-superseded").onField("supersedes"));
    }

    @Test
    void a_closed_case_takes_no_decision() {
        fixture.given(opened(), closed(Stage.WATCH))
               .when(decide(null))
               .expectNoEvents()
               .expectException(brokenRule("case-is-closed"));
    }

    private static RecordDecision decide(DecisionId supersedes) {
        int number = supersedes == null ? 1 : 2;
        return new RecordDecision(CASE, "Decision " + number, "Because", List.of("Act", "Wait"), CRSG,
                                  "PS-2026-04", supersedes, null);
    }
}
