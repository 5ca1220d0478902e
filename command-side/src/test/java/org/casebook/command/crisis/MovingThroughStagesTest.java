package org.casebook.command.crisis;

import static org.casebook.command.crisis.CaseHistory.CASE;
import static org.casebook.command.crisis.CaseHistory.closed;
import static org.casebook.command.crisis.CaseHistory.fixture;
import static org.casebook.command.crisis.CaseHistory.moved;
import static org.casebook.command.crisis.CaseHistory.opened;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.casebook.command.RuleViolation;
import org.casebook.kernel.crisis.CrisisClosed;
import org.casebook.kernel.crisis.CrisisMovedToStage;
import org.casebook.kernel.crisis.MoveCrisisToStage;
import org.casebook.kernel.crisis.Stage;
import org.junit.jupiter.api.Test;

class MovingThroughStagesTest {

    private final AggregateTestFixture<Crisis> fixture = fixture();

    @Test
    void a_case_moves_to_the_next_stage_without_a_reason() {
        fixture.given(opened(Stage.WATCH))
               .when(move(Stage.ASSESSMENT, null, null))
               .expectEvents(moved(Stage.WATCH, Stage.ASSESSMENT));
    }

    @Test
    void skipping_ahead_needs_a_reason() {
        fixture.given(opened(Stage.WATCH))
               .when(move(Stage.POLICY, null, null))
               .expectNoEvents()
               .expectException(RuleViolation.class)
               .expectExceptionMessage("moving from WATCH to POLICY skips ASSESSMENT; say why");
    }

    @Test
    void skipping_ahead_with_a_reason_is_recorded_with_it() {
        fixture.given(opened(Stage.WATCH))
               .when(move(Stage.PLANNING, "Emergency: policy set by the principals", null))
               .expectEvents(new CrisisMovedToStage(CASE, Stage.WATCH, Stage.PLANNING,
                                                    "Emergency: policy set by the principals"));
    }

    @Test
    void moving_back_needs_a_reason() {
        fixture.given(opened(Stage.WATCH), moved(Stage.WATCH, Stage.ASSESSMENT))
               .when(move(Stage.WATCH, " ", null))
               .expectNoEvents()
               .expectExceptionMessage("moving back from ASSESSMENT to WATCH needs a reason");
    }

    @Test
    void moving_back_with_a_reason_is_recorded_with_it() {
        fixture.given(opened(Stage.OPERATIONS))
               .when(move(Stage.ASSESSMENT, "Reassessment ordered", null))
               .expectEvents(new CrisisMovedToStage(CASE, Stage.OPERATIONS, Stage.ASSESSMENT,
                                                    "Reassessment ordered"));
    }

    @Test
    void a_case_cannot_move_to_the_stage_it_is_in() {
        fixture.given(opened(Stage.POLICY))
               .when(move(Stage.POLICY, "again", null))
               .expectNoEvents()
               .expectExceptionMessage("the case is already in stage POLICY");
    }

    @Test
    void closing_needs_an_outcome() {
        fixture.given(opened(Stage.TRANSITION))
               .when(move(Stage.CLOSED, null, null))
               .expectNoEvents()
               .expectExceptionMessage("closing a case needs its outcome");
    }

    @Test
    void closing_records_the_outcome_and_the_stage_it_closed_from() {
        fixture.given(opened(Stage.TRANSITION))
               .when(move(Stage.CLOSED, null, "Stabilised"))
               .expectEvents(new CrisisClosed(CASE, Stage.TRANSITION, "Stabilised", null));
    }

    @Test
    void an_outcome_is_recorded_only_when_a_case_closes() {
        fixture.given(opened(Stage.WATCH))
               .when(move(Stage.ASSESSMENT, null, "Stabilised"))
               .expectNoEvents()
               .expectExceptionMessage("an outcome is recorded only when a case closes");
    }

    @Test
    void a_closed_case_does_not_move_until_it_is_reopened() {
        fixture.given(opened(Stage.WATCH), closed(Stage.WATCH))
               .when(move(Stage.ASSESSMENT, "new facts", null))
               .expectNoEvents()
               .expectExceptionMessage("the case is closed; reopen it to move it to another stage");
    }

    private static MoveCrisisToStage move(Stage stage, String reason, String outcome) {
        return new MoveCrisisToStage(CASE, stage, reason, outcome);
    }
}
