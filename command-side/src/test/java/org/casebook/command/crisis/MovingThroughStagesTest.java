package org.casebook.command.crisis;

import static org.casebook.command.testing.Refusing.expectRefused;
import static org.casebook.command.BrokenRule.brokenRule;
import static org.casebook.command.crisis.CaseEntries.CASE;
import static org.casebook.command.crisis.CaseEntries.closed;
import static org.casebook.command.crisis.CaseEntries.fixture;
import static org.casebook.command.crisis.CaseEntries.moved;
import static org.casebook.command.crisis.CaseEntries.opened;

import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.casebook.kernel.RecordMetadata;
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
        expectRefused(fixture, move(Stage.POLICY, null, null),
                      brokenRule("skipping-ahead-needs-reason").onField("reason"),
                      opened(Stage.WATCH));
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
        expectRefused(fixture, move(Stage.WATCH, " ", null), brokenRule("moving-back-needs-reason").onField("reason"),
                      opened(Stage.WATCH), moved(Stage.WATCH, Stage.ASSESSMENT));
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
        expectRefused(fixture, move(Stage.POLICY, "again", null), brokenRule("stage-unchanged").onField("stage"),
                      opened(Stage.POLICY));
    }

    @Test
    void closing_needs_an_outcome() {
        expectRefused(fixture, move(Stage.CLOSED, null, null), brokenRule("closing-needs-outcome").onField("outcome"),
                      opened(Stage.TRANSITION));
    }

    @Test
    void closing_records_the_outcome_and_the_stage_it_closed_from() {
        fixture.given(opened(Stage.TRANSITION))
               .when(move(Stage.CLOSED, null, "Stabilised"))
               .expectEvents(new CrisisClosed(CASE, Stage.TRANSITION, "Stabilised", null));
    }

    @Test
    void an_outcome_is_recorded_only_when_a_case_closes() {
        expectRefused(fixture, move(Stage.ASSESSMENT, null, "Stabilised"),
                      brokenRule("outcome-only-when-closing").onField("outcome"),
                      opened(Stage.WATCH));
    }

    @Test
    void a_closed_case_does_not_move_until_it_is_reopened() {
        expectRefused(fixture, move(Stage.ASSESSMENT, "new facts", null), brokenRule("case-is-closed"),
                      opened(Stage.WATCH), closed(Stage.WATCH));
    }

    @Test
    void a_move_does_not_take_effect_before_the_case_was_opened() {
        fixture.given(List.of(GenericEventMessage.asEventMessage(opened(Stage.WATCH))
                                                 .andMetaData(effective("2026-12-01T09:00:00Z"))))
               .when(move(Stage.ASSESSMENT, null, null), effective("2026-11-30T09:00:00Z"))
               .expectNoEvents()
               .expectException(brokenRule("effective-before-opening").onField(RecordMetadata.EFFECTIVE_AT));
    }

    private static Map<String, Object> effective(String at) {
        return Map.of(RecordMetadata.EFFECTIVE_AT, at);
    }

    private static MoveCrisisToStage move(Stage stage, String reason, String outcome) {
        return new MoveCrisisToStage(CASE, stage, reason, outcome);
    }
}
